using Testcontainers.Redis;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A real Redis server for tests, found in this order: the <c>TRAVELPLANNER_TEST_REDIS</c> configuration
/// string; a Testcontainers container when a Docker engine answers; the machine's <c>redis-server</c>.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    /// <summary>Environment variable holding a StackExchange.Redis configuration string.</summary>
    public const string EnvironmentVariable = "TRAVELPLANNER_TEST_REDIS";

    private readonly IAsyncDisposable? _owned;

    private TestRedis(string connectionString, string description, IAsyncDisposable? owned, LocalRedisServer? local)
    {
        ConnectionString = connectionString;
        Description = description;
        _owned = owned;
        Local = local;
    }

    /// <summary>StackExchange.Redis configuration string.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the server came from, for logs.</summary>
    public string Description { get; }

    /// <summary>The process this instance started, when it came from local binaries (tests may kill and restart it); else null.</summary>
    public LocalRedisServer? Local { get; }

    /// <summary>Finds or starts a server.</summary>
    /// <exception cref="TestServerUnavailableException">None is configured and none could be started; the message says what to install.</exception>
    public static async Task<TestRedis> StartAsync(CancellationToken cancellationToken = default)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new TestRedis(configured, EnvironmentVariable, owned: null, local: null);
        }

        if (DockerEngine.IsAvailable)
        {
            var container = new RedisBuilder("redis:7-alpine").Build();
            await container.StartAsync(cancellationToken);
            return new TestRedis(container.GetConnectionString(), "Testcontainers (redis:7-alpine)", container, local: null);
        }

        var local = await LocalRedisServer.StartAsync(cancellationToken);
        return new TestRedis(local.ConnectionString, $"local redis-server on port {local.Port}", local, local);
    }

    /// <summary>Stops the server if this instance started it.</summary>
    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
