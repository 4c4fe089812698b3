using StackExchange.Redis;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>A Redis the cache tests run against: the single server (<see cref="RedisFixture"/>) or the cluster (<see cref="RedisClusterFixture"/>).</summary>
public interface ICacheServer
{
    /// <summary>StackExchange.Redis configuration string.</summary>
    string ConnectionString { get; }

    /// <summary>A new multiplexer on the server; the caller disposes it.</summary>
    Task<ConnectionMultiplexer> ConnectAsync();
}
