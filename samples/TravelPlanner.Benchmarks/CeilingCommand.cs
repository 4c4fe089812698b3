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
        var floorNamed = new Option<bool>("--floor-named")
        {
            Description = "With --floor: keep the statements' @Name placeholders and named parameters (Npgsql parses and rewrites the text per call, as for the library's).",
        };
        var floorOption = new Option<bool>("--floor")
        {
            Description = "Also run the least a .NET client does per call (Ceiling/DotNetFloor.cs: positional parameters, no mapper), with one " +
                "connection per worker prepared once as pgbench does, and with a pooled connection and a new command per call, for " +
                string.Join(", ", DotNetFloor.Operations) + ", as a third table.",
        };
        var seed = new SeedOptions();
        var command = new Command("ceiling", "pgbench -M prepared on the library's statements beside the library and raw Npgsql, at 1 and 32 clients, with CPU per call.")
        {
            duration, clients, operations, warmUp, seedStatements, floorOption, floorNamed,
        };
        seed.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var environment = await BenchEnvironment.StartAsync(seed.Read(result), withRedis: false, Console.Out, cancellationToken);
            await using var provider = LoadCommand.Library(environment.ConnectionString, redisConnectionString: null);
            await using var raw = new Contenders(environment.ConnectionString);
            await using var dotNetFloor = new DotNetFloor(environment.ConnectionString, result.GetValue(floorNamed));
            var withFloor = result.GetValue(floorOption);
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
            // One warm-up of the whole process first, every operation through the library at the largest client count: the
            // first phase at 32 in flight otherwise ran while the thread pool was still growing and the tiered JIT was still
            // compiling (its client CPU per call was up to 3x the same phase run later in the process).
            var ops = result.GetValue(operations)!;
            await LoadRunner.RunAsync(
                [.. ops.Select(op => LoadOperations.Single(provider, op)[0])], result.GetValue(clients)!.Max(), TimeSpan.Zero, 3 * warm,
                showProgress: false, cancellationToken);
            foreach (var operation in ops)
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
                    LoadResult? dedicated = null, pooled = null;
                    if (withFloor && DotNetFloor.Operations.Contains(operation))
                    {
                        dedicated = await LoadRunner.RunAsync(
                            dotNetFloor.Dedicated(operation, count), count, TimeSpan.FromSeconds(seconds), warm, showProgress: false, cancellationToken, serverCpu);
                        await dotNetFloor.CloseAllAsync();
                        pooled = await LoadRunner.RunAsync(
                            dotNetFloor.Pooled(operation), count, TimeSpan.FromSeconds(seconds), warm, showProgress: false, cancellationToken, serverCpu);
                        await dotNetFloor.CloseAllAsync();
                    }

                    var row = new CeilingRow(operation, count, pgbench, library, floor, dedicated, pooled);
                    Console.WriteLine(row.ThroughputLine() + (row.Errors() is { } errors ? $" ({errors})" : ""));
                    rows.Add(row);
                }
            }

            var tables = new StringBuilder().AppendLine().AppendLine(CeilingRow.ThroughputHeader);
            rows.ForEach(r => tables.AppendLine(r.ThroughputLine()));
            tables.AppendLine().AppendLine(CeilingRow.CpuHeader);
            rows.ForEach(r => tables.AppendLine(r.CpuLine()));
            if (rows.Any(r => r.Floor is not null))
            {
                tables.AppendLine().AppendLine(CeilingRow.FloorHeader);
                rows.Where(r => r.Floor is not null).ToList().ForEach(r => tables.AppendLine(r.FloorLine()));
            }
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
