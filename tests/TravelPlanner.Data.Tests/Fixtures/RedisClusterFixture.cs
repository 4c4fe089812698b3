using StackExchange.Redis;
using TravelPlanner.Data.Testing;

[assembly: AssemblyFixture(typeof(TravelPlanner.Data.Tests.Fixtures.RedisClusterFixture))]

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>One real Redis Cluster of three masters for the whole run (<see cref="LocalRedisCluster"/>).</summary>
public sealed class RedisClusterFixture : ICacheServer, IAsyncLifetime
{
    private LocalRedisCluster? _cluster;

    /// <summary>The cluster (throws when it did not start, so tests fail rather than pass).</summary>
    public LocalRedisCluster Cluster => _cluster ?? throw new InvalidOperationException("The Redis Cluster fixture did not start.");

    public string ConnectionString => Cluster.ConnectionString;

    public async ValueTask InitializeAsync() => _cluster = await LocalRedisCluster.StartAsync();

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
