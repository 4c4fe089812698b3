using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using static TravelPlanner.Data.Tests.Caching.CacheProbe;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>Cached and plain services agree: method by method, under a forced race, and after a concurrent run.</summary>
public abstract class CacheConsistencyTests(TestDatabase database, ICacheServer redis) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private TestServices _cached = null!;
    private TestServices _plain = null!;

    /// <summary>The library with the cache.</summary>
    protected TestServices Cached => _cached;

    /// <summary>The library without it, on the same database.</summary>
    protected TestServices Plain => _plain;

    public async ValueTask InitializeAsync()
    {
        _cached = TestServices.CreateCached(database, redis);
        _plain = TestServices.Create(database);
        var airports = new AirportRowBuilder(database.DataSource);
        await airports.EnsureAsync("ORD", "Chicago O'Hare International", "Chicago", "United States");
        await airports.EnsureAsync("MDW", "Chicago Midway International", "Chicago", "United States");
        await airports.EnsureAsync("LHR", "London Heathrow", "London", "United Kingdom");
    }

    public async ValueTask DisposeAsync()
    {
        await _cached.DisposeAsync();
        await _plain.DisposeAsync();
    }

    [Fact]
    public async Task A_cached_and_an_uncached_service_return_equal_results_for_every_read_method()
    {
        var (user, trip, voucher) = await SeedRichUserAsync();
        var stranger = (await UserBuilder.New().CreateAsync(_plain.Get<IUserService>())).Id;

        var reads = new (string Name, Func<TestServices, Task<string>> Read)[]
        {
            ("trips all", async s => Json(await s.Get<ITripService>().GetUserTripsAsync(user))),
            ("trips upcoming p2", async s => Json(await s.Get<ITripService>().GetUserTripsAsync(user, TripFilter.Upcoming, page: 2, limit: 1))),
            ("trips past", async s => Json(await s.Get<ITripService>().GetUserTripsAsync(user, TripFilter.Past))),
            ("trips current", async s => Json(await s.Get<ITripService>().GetUserTripsAsync(user, TripFilter.Current))),
            ("trip details", async s => Json(await s.Get<ITripService>().GetTripWithDetailsAsync(trip, user))),
            ("trip statistics", async s => Json(await s.Get<ITripService>().GetTripStatisticsAsync(user))),
            ("trip search", async s => Json(await s.Get<ITripService>().SearchTripsAsync(user, "trip"))),
            ("standalone items", async s => Json(await s.Get<ITripService>().GetStandaloneItemsAsync(user))),
            ("airport by code", async s => Json(await s.Get<IAirportService>().GetAirportByCodeAsync("mdw"))),
            ("airport search", async s => Json(await s.Get<IAirportService>().SearchAirportsAsync("chicago"))),
            ("airline", async s => Json(await Task.FromResult(s.Get<IAirportService>().GetAirlineByCode("BA")))),
            ("flight number", async s => Json(await Task.FromResult(s.Get<IAirportService>().ParseFlightNumber("ba 2490")))),
            ("companions", async s => Json(await s.Get<ICompanionService>().GetUserCompanionsAsync(user))),
            ("companion search", async s => Json(await s.Get<ICompanionService>().SearchCompanionsAsync(user, "grace"))),
            ("vouchers", async s => Json(await s.Get<IVoucherService>().GetUserVouchersAsync(user))),
            ("vouchers filtered", async s => Json(await s.Get<IVoucherService>().GetUserVouchersAsync(user, new VoucherFilter(Status: VoucherStatus.PartiallyUsed, Currency: "EUR")))),
            ("voucher", async s => Json(await s.Get<IVoucherService>().GetVoucherAsync(voucher, user))),
            ("voucher attachments", async s => Json(await s.Get<IVoucherService>().GetVoucherAttachmentsAsync(voucher, user))),
            ("expiring vouchers", async s => Json(await s.Get<IVoucherService>().GetExpiringVouchersAsync(user, 365))),
            ("voucher statistics", async s => Json(await s.Get<IVoucherService>().GetVoucherStatisticsAsync(user))),
            ("another user's trip", s => ErrorOf(() => s.Get<ITripService>().GetTripWithDetailsAsync(trip, stranger))),
            ("unknown airport", s => ErrorOf(() => s.Get<IAirportService>().GetAirportByCodeAsync("QQQ"))),
            ("bad airport code", s => ErrorOf(() => s.Get<IAirportService>().GetAirportByCodeAsync("1"))),
            ("bad trip page", s => ErrorOf(() => s.Get<ITripService>().GetUserTripsAsync(user, page: 0))),
            ("bad companion limit", s => ErrorOf(() => s.Get<ICompanionService>().GetUserCompanionsAsync(user, limit: -1))),
        };

        foreach (var (name, read) in reads)
        {
            var expected = await read(_plain);
            Assert.True(expected == await read(_cached), $"{name}: the first (loading) cached read differs");
            Assert.True(expected == await read(_cached), $"{name}: the second (cached) read differs");
        }
    }

    [Fact]
    public async Task Writes_through_the_cached_services_return_what_the_database_then_holds()
    {
        var user = (await UserBuilder.New().CreateAsync(_cached.Get<IUserService>())).Id;
        var trips = _cached.Get<ITripService>();
        var trip = await TripBuilder.For(user).CreateAsync(trips);
        Assert.Equal(trip, (await _plain.Get<ITripService>().GetTripWithDetailsAsync(trip.Id, user)).Trip);

        var companion = await CompanionBuilder.New().CreateAsync(_cached.Get<ICompanionService>(), user);
        Assert.Equal(Json(new[] { companion }), Json((await _plain.Get<ICompanionService>().GetUserCompanionsAsync(user)).Items));

        var voucher = await VoucherBuilder.New().Worth(80.10m).CreateAsync(_cached.Get<IVoucherService>(), user);
        Assert.Equal(voucher, await _plain.Get<IVoucherService>().GetVoucherAsync(voucher.Id, user));
    }

    [Fact]
    public async Task A_list_read_that_loaded_before_a_write_committed_does_not_leave_its_stale_result_in_the_cache()
    {
        var user = (await UserBuilder.New().CreateAsync(_plain.Get<IUserService>())).Id;
        var trip = await TripBuilder.For(user).Named("Before").CreateAsync(_plain.Get<ITripService>());
        var pausing = new PausingTripService(_cached.Create<TripService>());
        var racing = new CachedTripService(pausing, _cached.Get<CacheStore>(), _cached.Clock);

        // The read misses, loads "Before" from PostgreSQL and is held there; the rename commits and invalidates.
        pausing.Arm();
        var read = racing.GetUserTripsAsync(user);
        await pausing.Loaded;
        await racing.UpdateTripAsync(trip.Id, new UpdateTrip("After", trip.DepartureDate, trip.ReturnDate, trip.Purpose), user);
        pausing.Release();

        Assert.Equal("Before", (await read).Items.Single().Name); // it answered its own caller with what it read
        Assert.Equal("After", (await racing.GetUserTripsAsync(user)).Items.Single().Name);
        Assert.Equal("After", (await _cached.Get<ITripService>().GetUserTripsAsync(user)).Items.Single().Name);
    }

    [Fact]
    public async Task Many_concurrent_misses_on_one_trip_list_query_PostgreSQL_once()
    {
        var user = (await UserBuilder.New().CreateAsync(_plain.Get<IUserService>())).Id;
        await TripBuilder.For(user).CreateAsync(_plain.Get<ITripService>());
        var trips = _cached.Get<ITripService>();

        using var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!);
        var pages = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => trips.GetUserTripsAsync(user))));

        Assert.Equal(1, counter.Count);
        Assert.All(pages, p => Assert.Single(p.Items));
    }

    [Fact]
    public async Task A_randomized_concurrent_run_ends_with_every_cached_value_equal_to_the_database()
    {
        var run = await RandomizedWorkload.StartAsync(_cached, writers: 4, readers: 2);
        await run.RunAsync(workers: 8, operationsPerWorker: 300, seed: 20301215);

        await AssertEveryCachedValueEqualsTheDatabaseAsync(run);
    }

    /// <summary>The run was long enough, and every cached read of every user agrees with PostgreSQL.</summary>
    protected async Task AssertEveryCachedValueEqualsTheDatabaseAsync(RandomizedWorkload run)
    {
        Assert.True(run.Operations >= 2400);
        Assert.True(run.Writes > 500, $"only {run.Writes} writes");
        foreach (var user in run.Users)
        {
            foreach (var (name, read) in run.Reads(user))
            {
                Assert.True(await read(_plain) == await read(_cached), $"user {user}, {name}: the cache disagrees with PostgreSQL");
            }
        }
    }

    private static async Task<string> ErrorOf(Func<Task> call)
    {
        var error = await Assert.ThrowsAnyAsync<TravelPlannerException>(call);
        return $"{error.GetType().Name}: {error.Message}";
    }

    // Every kind of data the cached reads return: owned and shared trips with items, a companion in a trip,
    // a partly used EUR voucher attached to a flight, standalone items.
    private async Task<(Guid User, Guid Trip, Guid Voucher)> SeedRichUserAsync()
    {
        var s = _plain;
        var user = (await UserBuilder.New().CreateAsync(s.Get<IUserService>())).Id;
        var owner = (await UserBuilder.New().CreateAsync(s.Get<IUserService>())).Id;
        var trips = s.Get<ITripService>();
        var trip = await TripBuilder.For(user).Named("Trip to Chicago").CreateAsync(trips);
        await TripBuilder.For(user).Departing(new(2030, 6, 10)).Returning(new(2030, 6, 20)).CreateAsync(trips);
        await TripBuilder.For(user).Departing(new(2030, 1, 10)).Returning(new(2030, 1, 20)).For(TripPurpose.Business).CreateAsync(trips);
        var shared = await TripBuilder.For(owner).Named("Shared trip").CreateAsync(trips);
        var invitations = s.Get<ITripInvitationService>();
        await invitations.AcceptAsync((await invitations.InviteAsync(shared.Id, user, owner)).Id, user);

        var flight = await s.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id) with { Destination = "MDW" }, user);
        await s.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user);
        await s.Get<IEventService>().CreateAsync(ItemInputs.Event(), user);
        var companion = await CompanionBuilder.New().Named("Grace Hopper").WithEmail("grace@example.com").Born(new(1906, 12, 9)).CreateAsync(s.Get<ICompanionService>(), user);
        await s.Get<ICompanionService>().AddCompanionToTripAsync(companion.Id, trip.Id, user);
        var vouchers = s.Get<IVoucherService>();
        var voucher = await VoucherBuilder.New().Worth(250.40m, "EUR").Expiring(new(2030, 12, 31)).CreateAsync(vouchers, user);
        await vouchers.AttachVoucherToFlightAsync(voucher.Id, flight.Id, "companion", companion.Id, 100.15m, user);
        await VoucherBuilder.New().Worth(0.01m).CreateAsync(vouchers, user);
        return (user, trip.Id, voucher.Id);
    }
}
