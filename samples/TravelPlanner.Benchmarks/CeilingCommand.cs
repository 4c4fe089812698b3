using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using TravelPlanner.Benchmarks.Ceiling;
using TravelPlanner.Benchmarks.Load;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks;

/// <summary>
/// <c>ceiling</c>: per operation, pgbench -M prepared running the library's statements (pgbench/*.sql) against the
/// library's services calling the same statements with the same parameters, at 1 and at 32 in flight, on the
/// same seeded database, uncached; prints calls per second side by side and the ratio library / pgbench, then the
/// CPU each spent per call: the client's (this process; pgbench's own) and the local PostgreSQL server's.
/// <c>--seed</c> adds pgbench on the seed's statements for the airport search and the trip with details.
/// </summary>
internal static class CeilingCommand
{
    public static Command Create()
    {
        var duration = new Option<int>("--duration") { Description = "Seconds per measurement (pgbench -T).", DefaultValueFactory = _ => 10 };
        var clients = new Option<int[]>("--clients") { Description = "Client counts.", DefaultValueFactory = _ => [1, 32], AllowMultipleArgumentsPerToken = true };
        var operations = new Option<string[]>("--ops") { Description = "Operations (pgbench/<name>.sql).", DefaultValueFactory = _ => LoadOperations.Singles, AllowMultipleArgumentsPerToken = true };
        var warmUp = new Option<int>("--warmup")
        {
            Description = "Seconds each .NET contender runs the operation before it is measured (not recorded): long enough for the " +
                "tiered JIT to finish recompiling its hot path (see load --warmup).",
            DefaultValueFactory = _ => 5,
        };
        var seedStatements = new Option<bool>("--seed") { Description = "Also pgbench the seed's airport search and trip-with-details statements beside the library's (pgbench/seed-*.sql)." };
        var seed = new SeedOptions();
        var command = new Command("ceiling", "pgbench -M prepared on the library's statements beside the library and raw Npgsql, at 1 and 32 clients, with CPU per call.")
        {
            duration, clients, operations, warmUp, seedStatements,
        };
        seed.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var environment = await BenchEnvironment.StartAsync(seed.Read(result), withRedis: false, Console.Out, cancellationToken);
            await using var provider = LoadCommand.Library(environment.ConnectionString, redisConnectionString: null);
            await using var raw = new Contenders(environment.ConnectionString);
            var serverCpu = await ServerCpu.FindAsync(environment.ConnectionString, cancellationToken);
            Console.WriteLine(serverCpu is null
                ? "Server CPU: not measured (the server is not a process of this machine)."
                : $"Server CPU: {serverCpu}.");
            // Each .NET phase starts with an empty pool, as each pgbench run starts with its own connections: Npgsql hands out
            // idle connections first in, first out, so a one-client phase after a 32-client one would rotate through 32
            // backends, waking a different (cache-cold) server process for every call.
            var librarySource = provider.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>(TravelPlannerDataServiceCollectionExtensions.DataSourceServiceKey);
            var seconds = result.GetValue(duration);
            var warm = TimeSpan.FromSeconds(result.GetValue(warmUp));
            var rows = new List<CeilingRow>();
            foreach (var operation in result.GetValue(operations)!)
            {
                foreach (var count in result.GetValue(clients)!)
                {
                    var pgbench = await PgbenchRunner.RunAsync(environment.ConnectionString, operation, count, seconds, serverCpu, cancellationToken);
                    librarySource.Clear();
                    var library = await LoadRunner.RunAsync(
                        LoadOperations.Single(provider, operation), count, TimeSpan.FromSeconds(seconds), warm, showProgress: false, cancellationToken, serverCpu);
                    raw.ClearRawPool();
                    var floor = await LoadRunner.RunAsync(
                        RawOperations.Single(raw, operation), count, TimeSpan.FromSeconds(seconds), warm, showProgress: false, cancellationToken, serverCpu);
                    var row = new CeilingRow(operation, count, pgbench, library, floor);
                    Console.WriteLine(row.ThroughputLine() + (row.Errors() is { } errors ? $" ({errors})" : ""));
                    rows.Add(row);
                }
            }

            var tables = new StringBuilder().AppendLine().AppendLine(CeilingRow.ThroughputHeader);
            rows.ForEach(r => tables.AppendLine(r.ThroughputLine()));
            tables.AppendLine().AppendLine(CeilingRow.CpuHeader);
            rows.ForEach(r => tables.AppendLine(r.CpuLine()));
            if (result.GetValue(seedStatements))
            {
                tables.AppendLine().Append(
                    await SeedComparison.RunAsync(environment.ConnectionString, provider, result.GetValue(clients)!, seconds, serverCpu, cancellationToken));
            }

            Console.WriteLine(tables);
            return 0;
        });
        return command;
    }
}
