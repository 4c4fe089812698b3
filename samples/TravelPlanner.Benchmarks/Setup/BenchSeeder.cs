using System.Diagnostics;
using System.Globalization;
using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// Creates the benchmark database anew, migrates it with the library's migrator, loads the full airport data
/// with the library's importer (binary COPY), then generates the rest set-based (Seed/seed.sql) and the fixed
/// rows (Seed/fixtures.sql), and analyses everything so plans are those of a settled database.
/// </summary>
internal static class BenchSeeder
{
    private static readonly string[] Tables =
    [
        "users", "trips", "flights", "hotels", "transportation", "car_rentals", "events", "travel_companions",
        "trip_companions", "item_companions", "trip_invitations", "vouchers", "airports",
    ];

    public static async Task<SeedReport> SeedAsync(
        string serverConnectionString, string connectionString, SeedScale scale, TextWriter log, CancellationToken cancellationToken, bool recreate = true)
    {
        var started = Stopwatch.GetTimestamp();
        if (recreate)
        {
            await RecreateDatabaseAsync(serverConnectionString, new NpgsqlConnectionStringBuilder(connectionString).Database!, cancellationToken);
        }

        var migrator = new DatabaseMigrator(connectionString);
        var migrated = await migrator.MigrateAsync(cancellationToken);
        log.WriteLine($"Migrated: {migrated.AppliedScripts.Count} scripts ({BenchEnvironment.Since(started)})");

        var import = await new AirportImporter(connectionString).ImportAsync(cancellationToken: cancellationToken);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Airports: {import.Inserted:N0} imported in {import.Elapsed.TotalMilliseconds:F0} ms ({import.RowsPerSecond:N0} rows/s)"));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var generated = Stopwatch.GetTimestamp();
        var seed = SeedSql.Get("seed")
            .Replace("@Users", scale.Users.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@TripsPerUser", scale.TripsPerUser.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await ExecuteAsync(connection, seed, cancellationToken);
        await ExecuteAsync(connection, SeedSql.Get("fixtures"), cancellationToken);
        await ExecuteAsync(connection, SeedSql.Get("airports_seed_schema"), cancellationToken);
        await ExecuteAsync(connection, "vacuum analyze", cancellationToken);
        log.WriteLine($"Generated and analysed ({BenchEnvironment.Since(generated)})");

        var counts = new List<(string, long)>();
        foreach (var table in Tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table}", connection);
            counts.Add((table, (long)(await count.ExecuteScalarAsync(cancellationToken))!));
        }

        log.WriteLine(string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Item1} {c.Item2:N0}"))));
        return new SeedReport(counts, Stopwatch.GetElapsedTime(started), import.RowsPerSecond);
    }

    private static async Task RecreateDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await ExecuteAsync(connection, $"drop database if exists {quoted} with (force)", cancellationToken);
        await ExecuteAsync(connection, $"create database {quoted}", cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
