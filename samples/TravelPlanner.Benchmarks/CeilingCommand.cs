using System.CommandLine;
using System.Globalization;
using System.Text;
using TravelPlanner.Benchmarks.Ceiling;
using TravelPlanner.Benchmarks.Load;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks;

/// <summary>
/// <c>ceiling</c>: per operation, pgbench -M prepared running the library's statements (pgbench/*.sql) against the
/// library's services calling the same statements with the same parameters, at 1 and at 32 in flight, on the
/// same seeded database, uncached; prints calls per second side by side and the ratio library / pgbench.
/// </summary>
internal static class CeilingCommand
{
    public static Command Create()
    {
        var duration = new Option<int>("--duration") { Description = "Seconds per measurement (pgbench -T).", DefaultValueFactory = _ => 10 };
        var clients = new Option<int[]>("--clients") { Description = "Client counts.", DefaultValueFactory = _ => [1, 32], AllowMultipleArgumentsPerToken = true };
        var operations = new Option<string[]>("--ops") { Description = "Operations (pgbench/<name>.sql).", DefaultValueFactory = _ => LoadOperations.Singles, AllowMultipleArgumentsPerToken = true };
        var seed = new SeedOptions();
        var command = new Command("ceiling", "pgbench -M prepared on the library's statements beside the library and raw Npgsql, at 1 and 32 clients.") { duration, clients, operations };
        seed.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var environment = await BenchEnvironment.StartAsync(seed.Read(result), withRedis: false, Console.Out, cancellationToken);
            await using var provider = LoadCommand.Library(environment.ConnectionString, redisConnectionString: null);
            await using var raw = new Contenders(environment.ConnectionString);
            var seconds = result.GetValue(duration);
            var table = new StringBuilder();
            table.AppendLine("| operation | clients | pgbench -M prepared tps | library calls/s | library / pgbench | raw Npgsql calls/s | raw / pgbench | library / raw | library p50 ms | library p99 ms |");
            table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var operation in result.GetValue(operations)!)
            {
                foreach (var count in result.GetValue(clients)!)
                {
                    var pgbench = await PgbenchRunner.RunAsync(environment.ConnectionString, operation, count, seconds, cancellationToken);
                    var library = await LoadRunner.RunAsync(
                        LoadOperations.Single(provider, operation), count, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(2), showProgress: false, cancellationToken);
                    var floor = await LoadRunner.RunAsync(
                        RawOperations.Single(raw, operation), count, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(2), showProgress: false, cancellationToken);
                    var row = library.Operations[0];
                    var rawRate = floor.Operations[0].PerSecond;
                    var line = string.Create(CultureInfo.InvariantCulture,
                        $"| {operation} | {count} | {pgbench:N0} | {row.PerSecond:N0} | {row.PerSecond / pgbench:F2} | {rawRate:N0} | {rawRate / pgbench:F2} | {row.PerSecond / rawRate:F2} | {row.P50Ms:F2} | {row.P99Ms:F2} |");
                    Console.WriteLine(line + (row.Errors > 0 ? $" ({row.Errors} errors: {row.FirstError})" : ""));
                    table.AppendLine(line);
                }
            }

            Console.WriteLine();
            Console.WriteLine(table);
            return 0;
        });
        return command;
    }
}
