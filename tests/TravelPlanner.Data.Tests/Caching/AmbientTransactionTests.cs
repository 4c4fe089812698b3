using System.Transactions;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// Writes of two services inside one ambient <see cref="TransactionScope"/>: they commit together, and the cache
/// hears of them only after the commit, or not at all after a rollback.
/// </summary>
public sealed class AmbientTransactionTests(TestDatabase database, RedisFixture redis) : CachedTestBase(database, redis)
{
    private ITripService Trips => Services.Get<ITripService>();

    [Fact]
    public async Task Writes_in_a_committed_scope_drop_the_cache_after_the_commit_not_before()
    {
        // Regression: the cache was invalidated when each write returned, before the scope committed, so a read in
        // between refilled it from the old rows and the entry stayed stale after the commit.
        var user = (await UserBuilder.New().CreateAsync(Services.Get<IUserService>())).Id;
        Assert.Empty((await Trips.GetUserTripsAsync(user)).Items);
        Assert.True(await Probe.ExistsAsync(CacheScheme.TripLists, user));

        using (var scope = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            var trip = await TripBuilder.For(user).Named("In a scope").CreateAsync(Trips);
            await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user);

            // Not committed yet: the cached list (no trips) is still the truth for everyone else.
            Assert.True(await Probe.ExistsAsync(CacheScheme.TripLists, user));
            scope.Complete();
        }

        Assert.False(await Probe.ExistsAsync(CacheScheme.TripLists, user));
        var listed = Assert.Single((await Trips.GetUserTripsAsync(user)).Items);
        Assert.Equal(("In a scope", 1), (listed.Name, listed.HotelCount));
    }

    [Fact]
    public async Task Writes_in_a_rolled_back_scope_leave_the_database_and_the_cache_as_they_were()
    {
        var user = (await UserBuilder.New().CreateAsync(Services.Get<IUserService>())).Id;
        Assert.Empty((await Trips.GetUserTripsAsync(user)).Items);
        var cached = await Probe.EntriesAsync(CacheScheme.TripLists, user);

        using (new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            await TripBuilder.For(user).Named("Rolled back").CreateAsync(Trips);
        }

        Assert.Equal(cached, await Probe.EntriesAsync(CacheScheme.TripLists, user));
        Assert.Empty((await Trips.GetUserTripsAsync(user)).Items);
        Assert.Empty((await Services.Create<TripService>().GetUserTripsAsync(user)).Items);
    }
}
