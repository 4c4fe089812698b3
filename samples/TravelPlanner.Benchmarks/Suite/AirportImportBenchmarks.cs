using BenchmarkDotNet.Attributes;
using Npgsql;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// The library's airport import (binary COPY into staging, one upsert, VACUUM ANALYZE) of the shipped 7,884
/// airports into an empty table, in a scratch database of its own. Rows per second = 7,884 / Mean.
/// </summary>
[BenchmarkCategory("airport-import")]
[InvocationCount(1)]
public class AirportImportBenchmarks
{
    private string _connectionString = "";
    private NpgsqlDataSource _dataSource = null!;

    [GlobalSetup]
    public void Setup()
    {
        _connectionString = new NpgsqlConnectionStringBuilder(BenchEnvironment.PublishedPostgres()) { Database = "travelplanner_bench_import" }.ConnectionString;
        var migrator = new DatabaseMigrator(_connectionString);
        migrator.MigrateAsync().GetAwaiter().GetResult();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    [IterationSetup]
    public void Empty()
    {
        using var command = _dataSource.CreateCommand("truncate airports");
        command.ExecuteNonQuery();
    }

    [Benchmark(Description = "AirportImporter.ImportAsync, 7,884 rows into an empty table")]
    public Task<AirportImportResult> Import() => new AirportImporter(_connectionString).ImportAsync();

    [GlobalCleanup]
    public void Cleanup() => _dataSource.Dispose();
}
