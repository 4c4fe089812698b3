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
public sealed class AmbientTransactionTests(TestDatabase database, RedisFixture redis) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private TestServices _services = null!;
    private ConnectionMultiplexer _connection = null!;
    private CacheProbe _probe = null!;

    private ITripService Trips => _services.Get<ITripService>();

    public async ValueTask InitializeAsync()
    {
        _services = TestServices.CreateCached(database, redis);
        _connection = await redis.ConnectAsync();
        _probe = new CacheProbe(_connection, _services.KeyPrefix);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Writes_in_a_committed_scope_drop_the_cache_after_the_commit_not_before()
    {
        // Regression: the cache was invalidated when each write returned, before the scope committed, so a read in
        // between refilled it from the old rows and the entry stayed stale after the commit.
        var user = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        Assert.Empty((await Trips.GetUserTripsAsync(user)).Items);
        Assert.True(await _probe.ExistsAsync(CacheScheme.TripLists, user));

        using (var scope = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            var trip = await TripBuilder.For(user).Named("In a scope").CreateAsync(Trips);
            await _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user);

            // Not committed yet: the cached list (no trips) is still the truth for everyone else.
            Assert.True(await _probe.ExistsAsync(CacheScheme.TripLists, user));
            scope.Complete();
        }

        Assert.False(await _probe.ExistsAsync(CacheScheme.TripLists, user));
        var listed = Assert.Single((await Trips.GetUserTripsAsync(user)).Items);
        Assert.Equal(("In a scope", 1), (listed.Name, listed.HotelCount));
    }

    [Fact]
    public async Task Writes_in_a_rolled_back_scope_leave_the_database_and_the_cache_as_they_were()
    {
        var user = (await UserBuilder.New().CreateAsync(_services.Get<IUserService>())).Id;
        Assert.Empty((await Trips.GetUserTripsAsync(user)).Items);
        var cached = await _probe.EntriesAsync(CacheScheme.TripLists, user);

        using (new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            await TripBuilder.For(user).Named("Rolled back").CreateAsync(Trips);
        }

        Assert.Equal(cached, await _probe.EntriesAsync(CacheScheme.TripLists, user));
        Assert.Empty((await Trips.GetUserTripsAsync(user)).Items);
        Assert.Empty((await _services.Create<TripService>().GetUserTripsAsync(user)).Items);
    }
}
