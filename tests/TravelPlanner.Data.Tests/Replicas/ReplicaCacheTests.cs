using TravelPlanner.Data.Models;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Replicas;

/// <summary>
/// The Redis cache over a primary and a standby whose replay is paused: a miss after an invalidating write is filled
/// from a server that has the write, in this application instance and in another one sharing the Redis.
/// </summary>
public sealed class ReplicaCacheTests(ReplicatedDatabase database, RedisFixture redis) : IClassFixture<ReplicatedDatabase>, IAsyncLifetime
{
    private readonly string _keyPrefix = $"test:{Guid.NewGuid():N}:";
    private TestServices _first = null!;
    private TestServices _second = null!;

    public ValueTask InitializeAsync()
    {
        _first = Instance();
        _second = Instance();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await database.Servers.ResumeReplayAsync();
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task No_cached_entry_holds_what_a_lagging_standby_returned_after_an_invalidating_write()
    {
        var trips = _first.Get<ITripService>();
        var owner = await UserBuilder.New().CreateAsync(_first.Get<IUserService>());
        await TripBuilder.For(owner).Named("Before").CreateAsync(trips);
        await database.Servers.WaitForReplayAsync();
        await trips.GetUserTripsAsync(owner.Id, TripFilter.All); // cached, from the standby
        await database.Servers.PauseReplayAsync();

        var written = await TripBuilder.For(owner).Named("While the standby waits").CreateAsync(trips);
        var firstInstance = await trips.GetUserTripsAsync(owner.Id, TripFilter.All);
        await TripBuilder.For(owner).Named("Second while it waits").CreateAsync(trips);
        var secondCounts = _second.Get<ReadRouter>().Counts;
        var secondInstance = await _second.Get<ITripService>().GetUserTripsAsync(owner.Id, TripFilter.All);
        var secondAgain = await _second.Get<ITripService>().GetUserTripsAsync(owner.Id, TripFilter.All);

        Assert.Contains(firstInstance.Items, t => t.Id == written.Id);
        Assert.Equal(3, secondInstance.TotalCount);
        Assert.Equal(1, secondCounts.PrimaryForFreshness); // the other instance knew of the write through Redis
        Assert.Equal(0, secondCounts.Standby);
        Assert.Equal(3, secondAgain.TotalCount); // and what it cached is the fresh list

        await database.Servers.ResumeReplayAsync();
        await database.Servers.WaitForReplayAsync();
        await using var uncached = TestServices.Create(database.PrimaryConnectionString, redisConnectionString: null);
        var truth = await uncached.Get<ITripService>().GetUserTripsAsync(owner.Id, TripFilter.All);
        Assert.Equal(
            truth.Items.Select(t => t.Id).Order(),
            (await _first.Get<ITripService>().GetUserTripsAsync(owner.Id, TripFilter.All)).Items.Select(t => t.Id).Order());
    }

    private TestServices Instance() =>
        TestServices.Create(database.ConnectionString, redis.ConnectionString, configureCache: cache => cache.KeyPrefix = _keyPrefix);
}
