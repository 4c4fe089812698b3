using StackExchange.Redis;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// The setup of a test class that uses the library with its Redis cache on the single test Redis: the services
/// (cache decorators on, a key prefix of their own), a multiplexer of the test's own, and a probe of what Redis holds.
/// </summary>
public abstract class CachedTestBase(TestDatabase database, RedisFixture redis) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    protected TestServices Services { get; private set; } = null!;

    protected ConnectionMultiplexer Connection { get; private set; } = null!;

    protected CacheProbe Probe { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Services = TestServices.CreateCached(database, redis);
        Connection = await redis.ConnectAsync();
        Probe = new CacheProbe(Connection, Services.KeyPrefix);
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await Services.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
