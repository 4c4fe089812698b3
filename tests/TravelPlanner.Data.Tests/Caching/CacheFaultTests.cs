using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>Issue 14, items 2 and 3: what Redis holds may be wrong; the cache must notice, repair it, and keep caching for everyone.</summary>
public sealed class CacheFaultTests(TestDatabase database, RedisFixture redis) : CachedTestBase(database, redis)
{
    private ITripService Trips => Services.Get<ITripService>();

    private IDatabase Redis => Connection.GetDatabase();

    // Issue 14, item 2: JSON null was served as a null page, {} as a page whose Items is null, until the TTL ended.
    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"Items":null,"Page":1,"Limit":20,"TotalCount":1}""")]
    public async Task A_cached_trip_list_that_is_no_valid_page_is_a_miss_and_is_overwritten(string bad)
    {
        var user = await UserBuilder.New().CreateAsync(Services.Get<IUserService>());
        await TripBuilder.For(user).CreateAsync(Trips);
        await Trips.GetUserTripsAsync(user.Id);
        var key = Probe.Key(CacheScheme.TripLists, user.Id);
        var field = Assert.Single(await Probe.EntriesAsync(CacheScheme.TripLists, user.Id)).Name;
        await Redis.HashSetAsync(key, field, bad);

        var page = await Trips.GetUserTripsAsync(user.Id);

        Assert.NotNull(page);
        Assert.Single(page.Items);
        Assert.NotEqual(bad, (string?)await Redis.HashGetAsync(key, field));
        Assert.Equal(CacheProbe.Json(page), CacheProbe.Json(await Trips.GetUserTripsAsync(user.Id)));
    }

    // Issue 14, item 3: a version key whose INCR failed left its invalidation pending, and every read of every user
    // then replayed it, failed, and bypassed Redis until someone fixed the key.
    [Theory]
    [InlineData("not a number")]
    [InlineData("a hash")]
    public async Task A_version_key_that_cannot_be_incremented_is_overwritten_and_no_user_loses_the_cache(string corruption)
    {
        var users = Services.Get<IUserService>();
        var broken = await UserBuilder.New().CreateAsync(users);
        var bystander = await UserBuilder.New().CreateAsync(users);
        var versionKey = Services.KeyPrefix + (string)CacheScheme.VersionKey(CacheScheme.TripsGroup, broken.Id.ToString())!;
        if (corruption == "a hash")
        {
            await Redis.HashSetAsync(versionKey, "x", "y");
        }
        else
        {
            await Redis.StringSetAsync(versionKey, corruption);
        }

        // The write's invalidation meets the bad key.
        var trip = await TripBuilder.For(broken).CreateAsync(Trips);

        Assert.True(long.TryParse((string?)await Redis.StringGetAsync(versionKey), out _), "the version was not overwritten with an integer");
        using var measurements = new FlowMeasurements();
        await Trips.GetUserTripsAsync(bystander.Id);
        await Trips.GetUserTripsAsync(bystander.Id);
        Assert.Equal(1, measurements.Sum("travelplanner.cache.hits"));
        Assert.Equal(trip.Id, Assert.Single((await Trips.GetUserTripsAsync(broken.Id)).Items).Id);
        Assert.Equal(trip.Id, Assert.Single((await Trips.GetUserTripsAsync(broken.Id)).Items).Id);
        Assert.Equal(2, measurements.Sum("travelplanner.cache.hits"));
    }

    // Issue 14, item 3: a key of the wrong type met by a read (not a write) is repaired too, and does not count as Redis failing.
    [Fact]
    public async Task A_version_key_of_the_wrong_type_met_by_a_read_is_rebuilt_and_caching_resumes()
    {
        var user = await UserBuilder.New().CreateAsync(Services.Get<IUserService>());
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        var versionKey = Services.KeyPrefix + (string)CacheScheme.VersionKey(CacheScheme.TripsGroup, user.Id.ToString())!;
        await Redis.KeyDeleteAsync(versionKey);
        await Redis.ListLeftPushAsync(versionKey, "not a version");

        Assert.Equal(trip.Id, Assert.Single((await Trips.GetUserTripsAsync(user.Id)).Items).Id);

        Assert.Equal(RedisType.String, await Redis.KeyTypeAsync(versionKey));
        using var measurements = new FlowMeasurements();
        await Trips.GetUserTripsAsync(user.Id);
        await Trips.GetUserTripsAsync(user.Id);
        Assert.Equal(1, measurements.Sum("travelplanner.cache.hits"));
        Assert.Equal(Polly.CircuitBreaker.CircuitState.Closed, Services.Get<CacheStore>().CircuitState);
    }
}
