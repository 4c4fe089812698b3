using StackExchange.Redis;
using TravelPlanner.Data.Testing;

[assembly: AssemblyFixture(typeof(TravelPlanner.Data.Tests.Fixtures.RedisFixture))]

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>One real Redis server for the whole run (see <see cref="TestRedis"/> for where it comes from).</summary>
public sealed class RedisFixture : ICacheServer, IAsyncLifetime
{
    private TestRedis? _server;

    /// <summary>The server (throws when initialisation failed, so tests fail rather than pass).</summary>
    public TestRedis Server => _server ?? throw new InvalidOperationException("The Redis fixture did not start.");

    /// <summary>StackExchange.Redis configuration string.</summary>
    public string ConnectionString => Server.ConnectionString;

    public async ValueTask InitializeAsync() => _server = await TestRedis.StartAsync();

    /// <summary>A new multiplexer on the fixture's server; the caller disposes it.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
