using System.Diagnostics;
using Npgsql;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// The servers of one run: PostgreSQL (<c>TRAVELPLANNER_TEST_POSTGRES</c>, else a throwaway local server, as in
/// the tests) or with <c>--citus</c> a Citus cluster (<see cref="TestCitus"/>), with a database created, migrated
/// (on Citus: distributed) and seeded for this run, and Redis the same way. The
/// connection strings are published as environment variables for the benchmark classes.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    public const string PostgresVariable = "TRAVELPLANNER_BENCH_POSTGRES";
    public const string RedisVariable = "TRAVELPLANNER_BENCH_REDIS";
    public const string DatabaseName = "travelplanner_bench";

    private readonly IAsyncDisposable _postgres;
    private readonly TestRedis? _redis;

    private BenchEnvironment(IAsyncDisposable postgres, string serverConnectionString, TestRedis? redis, string connectionString, SeedReport seed)
    {
        _postgres = postgres;
        ServerConnectionString = serverConnectionString;
        _redis = redis;
        ConnectionString = connectionString;
        Seed = seed;
    }

    /// <summary>The seeded database, as a host would configure the library (no extra settings).</summary>
    public string ConnectionString { get; }

    /// <summary>The Redis configuration string, or null when Redis was not wanted.</summary>
    public string? RedisConnectionString => _redis?.ConnectionString;

    /// <summary>The server's maintenance database (for scratch databases such as the import benchmark's).</summary>
    public string ServerConnectionString { get; }

    public SeedReport Seed { get; }

    public static async Task<BenchEnvironment> StartAsync(SeedScale scale, bool withRedis, TextWriter log, CancellationToken cancellationToken, bool citus = false)
    {
        if (citus)
        {
            var cluster = await TestCitus.StartAsync(cancellationToken);
            log.WriteLine($"Citus: {cluster.Description}");
            // On Citus the database is made on every node with the extension; the seeder then only fills it.
            return await SeedAsync(
                cluster, cluster.ConnectionString, token => cluster.CreateDatabaseAsync(DatabaseName, token), recreate: false, scale, withRedis, log, cancellationToken);
        }

        var postgres = await TestPostgres.StartAsync(cancellationToken);
        log.WriteLine($"PostgreSQL: {postgres.Description}");
        return await SeedAsync(
            postgres, postgres.ConnectionString, _ => Task.FromResult(postgres.ConnectionStringFor(DatabaseName)), recreate: true, scale, withRedis, log, cancellationToken);
    }

    /// <summary>
    /// A local primary and hot standby (<see cref="ReplicatedPostgres"/>), seeded on the primary and replayed on the standby;
    /// <see cref="ConnectionString"/> is then one multi-host connection string, primary first.
    /// </summary>
    public static async Task<BenchEnvironment> StartReplicatedAsync(SeedScale scale, bool withRedis, TextWriter log, CancellationToken cancellationToken)
    {
        var servers = await ReplicatedPostgres.StartAsync(cancellationToken);
        log.WriteLine($"PostgreSQL: local primary on port {servers.Primary.Port}, hot standby on port {servers.Standby.Port}");
        var environment = await SeedAsync(
            servers, servers.Primary.ConnectionString, _ => Task.FromResult(servers.MultiHostConnectionString(DatabaseName)), recreate: true, scale, withRedis, log, cancellationToken);
        await servers.WaitForReplayAsync(TimeSpan.FromMinutes(10), cancellationToken);
        return environment;
    }

    private static async Task<BenchEnvironment> SeedAsync(
        IAsyncDisposable postgres,
        string serverConnectionString,
        Func<CancellationToken, Task<string>> createDatabase,
        bool recreate,
        SeedScale scale,
        bool withRedis,
        TextWriter log,
        CancellationToken cancellationToken)
    {
        TestRedis? redis = null;
        try
        {
            redis = withRedis ? await TestRedis.StartAsync(cancellationToken) : null;
            if (redis is not null)
            {
                log.WriteLine($"Redis: {redis.Description}");
            }

            var connectionString = await createDatabase(cancellationToken);
            var primary = new NpgsqlConnectionStringBuilder(connectionString);
            primary.Host = primary.Host!.Split(',')[0];
            var seed = await BenchSeeder.SeedAsync(serverConnectionString, primary.ConnectionString, scale, log, cancellationToken, recreate);
            Environment.SetEnvironmentVariable(PostgresVariable, connectionString);
            Environment.SetEnvironmentVariable(RedisVariable, redis?.ConnectionString);
            return new BenchEnvironment(postgres, serverConnectionString, redis, connectionString, seed);
        }
        catch
        {
            // Never leave a throwaway server running when setup fails.
            if (redis is not null)
            {
                await redis.DisposeAsync();
            }

            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <summary>The seeded database's connection string, published by <see cref="StartAsync"/>.</summary>
    public static string PublishedPostgres() =>
        Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the benchmarks through this program's 'bench' command.");

    /// <summary>The Redis configuration string published by <see cref="StartAsync"/>.</summary>
    public static string PublishedRedis() =>
        Environment.GetEnvironmentVariable(RedisVariable)
        ?? throw new InvalidOperationException($"{RedisVariable} is not set: run the benchmarks through this program's 'bench' command.");

    /// <summary>Host, port, user and database of the seeded database, for pgbench and psql.</summary>
    public NpgsqlConnectionStringBuilder Target => new(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }

    /// <summary>Milliseconds since <paramref name="started"/>, for the setup log.</summary>
    public static string Since(long started) => $"{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s";
}
