using System.Globalization;
using System.Text;
using Npgsql;
using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// The airport import step by step (from the importer's own progress reports): <c>runs</c> imports into an
/// emptied table in a scratch database, warm after the first; the table shows the median of each step.
/// </summary>
internal static class ImportProbe
{
    public static async Task<string> RunAsync(string benchConnectionString, int runs = 7)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(benchConnectionString) { Database = "travelplanner_bench_import" }.ConnectionString;
        await new Data.Migrations.DatabaseMigrator(connectionString).MigrateAsync();
        var steps = new Dictionary<AirportImportStep, List<double>>();
        var totals = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var truncate = new NpgsqlCommand("truncate airports", connection);
                await truncate.ExecuteNonQueryAsync();
            }

            var progress = new List<AirportImportProgress>();
            var result = await new AirportImporter(connectionString).ImportAsync(new ListProgress(progress));
            if (run == 0)
            {
                continue; // cold: JIT and first connection
            }

            totals.Add(result.Elapsed.TotalMilliseconds);
            foreach (var p in progress)
            {
                (steps.TryGetValue(p.Step, out var list) ? list : steps[p.Step] = []).Add(p.Elapsed.TotalMilliseconds);
            }
        }

        var table = new StringBuilder();
        table.AppendLine("| step (median of warm runs) | rows | ms | rows/s |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var (step, times) in steps)
        {
            table.AppendLine(Row(step.ToString(), Median(times)));
        }

        table.AppendLine(Row("whole import (read, copy, upsert, VACUUM ANALYZE)", Median(totals)));
        return table.ToString();
    }

    private static string Row(string name, double ms) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | 7,884 | {ms:F1} | {7884 / (ms / 1000):N0} |");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed class ListProgress(List<AirportImportProgress> reports) : IProgress<AirportImportProgress>
    {
        public void Report(AirportImportProgress value) => reports.Add(value);
    }
}
