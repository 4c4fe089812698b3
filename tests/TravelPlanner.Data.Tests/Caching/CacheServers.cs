using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

// The cache test classes, each run against the single Redis and against the three-master Redis Cluster.

public sealed class CacheStoreOnRedisTests(RedisFixture redis) : CacheStoreTests(redis);

public sealed class CacheStoreOnRedisClusterTests(RedisClusterFixture cluster) : CacheStoreTests(cluster);

public sealed class CachedServicesOnRedisTests(AirportDatabase airports, RedisFixture redis) : CachedServicesTests(airports, redis);

public sealed class CachedServicesOnRedisClusterTests(AirportDatabase airports, RedisClusterFixture cluster) : CachedServicesTests(airports, cluster);

public sealed class CacheConsistencyOnRedisTests(TestDatabase database, RedisFixture redis) : CacheConsistencyTests(database, redis);

/// <summary>On the cluster, also while slots move between masters.</summary>
public sealed class CacheConsistencyOnRedisClusterTests(TestDatabase database, RedisClusterFixture cluster) : CacheConsistencyTests(database, cluster)
{
    [Fact]
    public async Task A_randomized_run_while_slots_move_between_masters_fails_no_call_and_leaves_no_stale_entry()
    {
        var run = await RandomizedWorkload.StartAsync(Cached, writers: 4, readers: 2);
        var workload = run.RunAsync(workers: 8, operationsPerWorker: 300, seed: 20301216);
        var moves = 0;
        do
        {
            await cluster.Cluster.MoveSlotsAsync(from: moves % 3, to: (moves + 1) % 3, slots: 1000, TestContext.Current.CancellationToken);
            moves++;
        }
        while (!workload.IsCompleted);

        await workload; // a failed call (anything but the races' NotFound/Conflict) fails the run here
        Assert.True(moves >= 1, "reshard should have moved slots during the run");
        await AssertEveryCachedValueEqualsTheDatabaseAsync(run);
    }
}

public sealed class CacheOutageOnRedisTests : CacheOutageTests
{
    protected override async Task<IRedisDeployment> StartRedisAsync() => await LocalRedisServer.StartAsync();
}

public sealed class CacheOutageOnRedisClusterTests : CacheOutageTests
{
    protected override async Task<IRedisDeployment> StartRedisAsync() => await LocalRedisCluster.StartAsync();
}

public sealed class CachedServiceOutageOnRedisTests(TestDatabase database) : CachedServiceOutageTests(database)
{
    protected override async Task<IRedisDeployment> StartRedisAsync() => await LocalRedisServer.StartAsync();
}

public sealed class CachedServiceOutageOnRedisClusterTests(TestDatabase database) : CachedServiceOutageTests(database)
{
    protected override async Task<IRedisDeployment> StartRedisAsync() => await LocalRedisCluster.StartAsync();
}
