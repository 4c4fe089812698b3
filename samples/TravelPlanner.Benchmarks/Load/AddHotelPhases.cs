using System.Globalization;
using StackExchange.Redis;
using TravelPlanner.Benchmarks.Ceiling;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// <c>load --op add-hotel --floor</c>: the hotel write in four phases against the same servers, in one process: the
/// library with the cache and without it, then <see cref="AddHotelFloor"/> with the cache's guarantee and without it.
/// Each phase warms up as <c>load</c> does. Prints calls/s and CPU per call of each phase, and the with/without ratio of
/// each client: the floor's ratio is what the guarantee itself costs on this machine.
/// </summary>
internal static class AddHotelPhases
{
    public static async Task RunAsync(BenchEnvironment environment, SeededUsers users, int concurrency, TimeSpan duration, TimeSpan warmUp, CancellationToken cancellationToken)
    {
        var redisServer = environment.RedisConnectionString ?? throw new InvalidOperationException("The floor phases need a Redis server.");
        await using var admin = await ConnectionMultiplexer.ConnectAsync(ConfigurationOptions.Parse(redisServer + ",allowAdmin=true"));
        await using var floorRedis = await ConnectionMultiplexer.ConnectAsync(redisServer);
        var serverCpu = await ServerCpu.FindAsync(environment.ConnectionString, cancellationToken);
        var phases = new List<(string Client, bool Cached, LoadResult Result)>();

        async Task PhaseAsync(string client, bool cached, IReadOnlyList<LoadOperation> operations)
        {
            // Every phase starts from the seeded table: a phase inserts hundreds of thousands of hotels, and a later phase
            // on the grown table (its indexes, autovacuum) measured 30 % more PostgreSQL CPU per call for the same insert.
            await RemoveLoadHotelsAsync(environment.ConnectionString, cancellationToken);
            Console.Error.WriteLine($"Phase: {client}, {(cached ? "with the cache" : "without the cache")}");
            var result = await LoadRunner.RunAsync(
                operations, concurrency, duration, warmUp, showProgress: true, cancellationToken, serverCpu, () => LoadCommand.RedisCpu(admin), warmUntilJitQuiet: true);
            phases.Add((client, cached, result));
        }

        // In the order library with, library without, floor without, floor with: a machine whose speed drifts during the run
        // moves both ratios the same way.
        foreach (var cached in new[] { true, false })
        {
            await using var provider = LoadCommand.Library(environment.ConnectionString, cached ? redisServer : null);
            await PhaseAsync("library", cached, LoadOperations.AddHotel(provider, users));
        }

        await using (var floor = new AddHotelFloor(environment.ConnectionString, floorRedis))
        {
            foreach (var cached in new[] { false, true })
            {
                await PhaseAsync("floor", cached, floor.Operations(users, cached));
            }
        }

        Console.WriteLine($"add-hotel, {concurrency} in flight, {duration.TotalSeconds:F0} s per phase:");
        Console.WriteLine("| client | cache | calls/s | errors | client µs/call | PostgreSQL µs/call | Redis µs/call | all three µs/call |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (client, cached, r) in phases)
        {
            var (own, server, redis) = PerCall(r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {client} | {(cached ? "with" : "without")} | {r.PerSecond:N0} | {r.Operations.Sum(o => o.Errors):N0} | {own:F1} | {server:F1} | {redis:F1} | {own + server + redis:F1} |"));
        }

        Console.WriteLine();
        foreach (var client in new[] { "library", "floor" })
        {
            var with = phases.Single(p => p.Client == client && p.Cached).Result;
            var without = phases.Single(p => p.Client == client && !p.Cached).Result;
            var cpuWith = Total(PerCall(with));
            var cpuWithout = Total(PerCall(without));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{client}: with the cache / without = {with.PerSecond / without.PerSecond:F2}x calls/s; CPU per call (all three processes) without / with = {cpuWithout / cpuWith:F2}"));
        }

        foreach (var (client, cached, r) in phases.Where(p => p.Result.Operations.Any(o => o.FirstError is not null)))
        {
            Console.WriteLine($"First error ({client}, {(cached ? "with" : "without")} the cache): {r.Operations.First(o => o.FirstError is not null).FirstError}");
        }
    }

    private static async Task RemoveLoadHotelsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var statement in new[] { "delete from hotels where name = 'Load hotel'", "vacuum analyze hotels" })
        {
            await using var command = new Npgsql.NpgsqlCommand(statement, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static (double Client, double Server, double Redis) PerCall(LoadResult r) =>
        (r.ClientCpu.TotalMicroseconds / r.Total,
            (r.ServerCpu?.TotalMicroseconds ?? 0) / r.Total,
            (r.RedisCpu?.TotalMicroseconds ?? 0) / r.Total);

    private static double Total((double Client, double Server, double Redis) cpu) => cpu.Client + cpu.Server + cpu.Redis;
}
