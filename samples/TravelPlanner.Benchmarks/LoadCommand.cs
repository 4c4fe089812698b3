using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TravelPlanner.Benchmarks.Load;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks;

/// <summary>
/// <c>load --users N --concurrency C --duration S [--op NAME] [--citus]</c>: a bounded concurrent workload through the
/// DI-registered services, on PostgreSQL or (<c>--citus</c>) a coordinator + 2 workers with the same seed.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var users = new Option<int>("--users") { Description = "Seeded users the mixed workload picks from at random.", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Calls in flight.", DefaultValueFactory = _ => 16 };
        var duration = new Option<int>("--duration") { Description = "Seconds to measure, after the warm-up; the run stops by itself.", DefaultValueFactory = _ => 30 };
        var warmUp = new Option<int>("--warmup")
        {
            Description = "Seconds of the same workload before measuring, not recorded, at least; the warm-up then goes on until the " +
                "runtime's tiered JIT is quiet (under 1 % of a core over 5 s; at most 120 s). A perf profile of the mixed load 45-60 s " +
                "into a run still found the JIT at 13 % of the client's CPU after a fixed 15 s warm-up, so a fixed warm-up measures " +
                "the compiler, not the steady state.",
            DefaultValueFactory = _ => 15,
        };
        var operation = new Option<string>("--op")
        {
            Description = $"'mixed' (default: reads and writes over random users), 'add-hotel' (a hotel added to a random user's trip: " +
                $"a write to an owner's trips, announced with its audience), or one operation on the fixed rows pgbench uses: {string.Join(", ", LoadOperations.Singles)}.",
            DefaultValueFactory = _ => "mixed",
        };
        var noRedis = new Option<bool>("--no-redis") { Description = "Run without the Redis cache (services straight on PostgreSQL)." };
        var replica = new Option<bool>("--replica") { Description = "A local primary and hot standby: reads prefer the standby, with read-your-writes; prints which server served each operation's reads." };
        var citus = new Option<bool>("--citus")
        {
            Description = "On a Citus cluster (TRAVELPLANNER_TEST_CITUS, else a local coordinator + 2 workers) instead of one PostgreSQL; " +
                "also prints the share of statements that ran on several shards (citus_stat_counters).",
        };
        var floor = new Option<bool>("--floor")
        {
            Description = "With --op add-hotel: four phases in one run against the same servers: the library with the cache and " +
                "without it, then the least any .NET client does for the same write with the cache's guarantee (lock, audience and " +
                "insert in one batch, then the library's invalidation script) and without it (the insert alone); prints both ratios.",
        };
        var seed = new SeedOptions();
        var command = new Command("load", "Drive a mixed read/write workload through the services; print throughput, p50/p95/p99 per operation and the cache hit ratio.")
        {
            users, concurrency, duration, warmUp, operation, noRedis, replica, citus, floor,
        };
        seed.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var scale = seed.Read(result);
            var withRedis = !result.GetValue(noRedis);
            var replicated = result.GetValue(replica);
            var onCitus = result.GetValue(citus);
            if (replicated && onCitus)
            {
                await Console.Error.WriteLineAsync("load: --replica and --citus are two different set-ups: pass one of them.");
                return 2;
            }

            await using var environment = replicated
                ? await BenchEnvironment.StartReplicatedAsync(scale, withRedis, Console.Out, cancellationToken)
                : await BenchEnvironment.StartAsync(scale, withRedis, Console.Out, cancellationToken, onCitus);
            using var shares = replicated ? new ReadShares() : null;
            var name = result.GetValue(operation)!;
            if (result.GetValue(floor))
            {
                if (name != "add-hotel" || !withRedis || replicated || onCitus)
                {
                    await Console.Error.WriteLineAsync("load: --floor goes with --op add-hotel, a Redis server, one PostgreSQL (no --no-redis, --replica or --citus).");
                    return 2;
                }

                var seeded = await SeededUsers.LoadAsync(environment.ConnectionString, Math.Min(result.GetValue(users), scale.Users), scale.TripsPerUser);
                await AddHotelPhases.RunAsync(environment, seeded, result.GetValue(concurrency), TimeSpan.FromSeconds(result.GetValue(duration)), TimeSpan.FromSeconds(result.GetValue(warmUp)), cancellationToken);
                return 0;
            }

            await using var provider = Library(environment.ConnectionString, environment.RedisConnectionString);
            var operations = name switch
            {
                "mixed" => LoadOperations.Mixed(provider, await SeededUsers.LoadAsync(environment.ConnectionString, Math.Min(result.GetValue(users), scale.Users), scale.TripsPerUser)),
                "add-hotel" => LoadOperations.AddHotel(provider, await SeededUsers.LoadAsync(environment.ConnectionString, Math.Min(result.GetValue(users), scale.Users), scale.TripsPerUser)),
                _ => LoadOperations.Single(provider, name),
            };
            var before = onCitus ? await ShardCounters.ReadAsync(environment.ConnectionString, cancellationToken) : default;
            await using var redisCpu = environment.RedisConnectionString is { } redisServer
                ? await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(StackExchange.Redis.ConfigurationOptions.Parse(redisServer + ",allowAdmin=true"))
                : null;
            var serverCpu = onCitus ? null : await Ceiling.ServerCpu.FindAsync(environment.ConnectionString, cancellationToken);
            var load = await LoadRunner.RunAsync(
                shares is null ? operations : ReadShares.Attributed(operations), result.GetValue(concurrency), TimeSpan.FromSeconds(result.GetValue(duration)),
                TimeSpan.FromSeconds(result.GetValue(warmUp)), showProgress: true, cancellationToken, serverCpu, redisCpu is null ? null : () => RedisCpu(redisCpu), warmUntilJitQuiet: true);
            var setup = replicated ? ", primary + hot standby" : onCitus ? ", Citus coordinator + 2 workers" : string.Empty;
            Console.WriteLine($"Workload '{name}', {(withRedis ? "Redis cache configured" : "no cache")}{setup}:");
            Console.WriteLine(load.ToMarkdown());
            if (shares is not null)
            {
                Console.WriteLine("Reads by server:");
                Console.WriteLine(shares.ToMarkdown());
            }

            if (onCitus)
            {
                var ran = (await ShardCounters.ReadAsync(environment.ConnectionString, cancellationToken)) - before;
                Console.WriteLine($"Statements on the cluster (warm-up included): {ran.SingleShard:N0} single-shard, {ran.MultiShard:N0} multi-shard ({ran.MultiShardShare:P1} multi-shard).");
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// Redis's own CPU time: used_cpu_user + used_cpu_sys of <c>INFO cpu</c>, summed over a cluster's nodes (through a
    /// multiplexer of the benchmark's own, with admin commands allowed; the library's has none).
    /// </summary>
    public static TimeSpan RedisCpu(StackExchange.Redis.IConnectionMultiplexer redis) =>
        TimeSpan.FromSeconds(redis.GetServers().Sum(server => server.Info("cpu")
            .SelectMany(group => group)
            .Where(pair => pair.Key is "used_cpu_user" or "used_cpu_sys")
            .Sum(pair => double.Parse(pair.Value, System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The library as a host registers it.</summary>
    public static ServiceProvider Library(string connectionString, string? redisConnectionString)
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o => o.ConnectionString = connectionString)
            .AddRedisCache(o => o.RedisConnectionString = redisConnectionString);
        return services.BuildServiceProvider();
    }
}
