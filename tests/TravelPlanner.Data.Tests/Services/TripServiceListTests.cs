using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>Listing trips: filters around today, paging, item counts, and the statistics.</summary>
public sealed class TripServiceListTests(TestDatabase database) : ServiceTestBase(database)
{
    // TestServices' clock starts at 2030-06-15 12:00 UTC.
    private ITripService Trips => Services.Get<ITripService>();

    [Fact]
    public async Task Item_counts_are_not_multiplied_as_by_the_seeds_two_left_joins()
    {
        // Regression: the seed's sample query counts flights and hotels through two LEFT JOINs, which
        // reports 6 flights and 6 hotels for a trip with 3 flights and 2 hotels.
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        var empty = await TripBuilder.For(user).Departing(new DateOnly(2030, 8, 1)).Returning(new DateOnly(2030, 8, 2)).CreateAsync(Trips);
        for (var i = 0; i < 3; i++)
        {
            await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id, hoursFromStart: i * 24), user.Id);
        }

        for (var i = 0; i < 2; i++)
        {
            await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id, daysFromStart: i * 3), user.Id);
        }

        await Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation(trip.Id), user.Id);
        await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(trip.Id), user.Id);
        await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(trip.Id), user.Id);
        await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(trip.Id, hoursFromStart: 5), user.Id);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(), user.Id);

        var items = (await Trips.GetUserTripsAsync(user.Id)).Items;

        var counted = Assert.Single(items, t => t.Id == trip.Id);
        Assert.Equal((3, 2, 1, 1, 2), (counted.FlightCount, counted.HotelCount, counted.TransportationCount, counted.CarRentalCount, counted.EventCount));
        var none = Assert.Single(items, t => t.Id == empty.Id);
        Assert.Equal((0, 0, 0, 0, 0), (none.FlightCount, none.HotelCount, none.TransportationCount, none.CarRentalCount, none.EventCount));
    }

    [Fact]
    public async Task Each_page_carries_the_item_counts_of_its_own_trips_owned_or_shared()
    {
        // The counts are taken for the page's rows only (after the order and the limit): each trip, alone on its page,
        // must still carry its own counts, through both statements (a user with no shared trips, then one with).
        var user = await UserBuilder.New().CreateAsync(Users);
        var friend = await UserBuilder.New().CreateAsync(Users);
        var first = await TripBuilder.For(user).Departing(new DateOnly(2030, 7, 1)).Returning(new DateOnly(2030, 7, 5)).CreateAsync(Trips);
        var second = await TripBuilder.For(user).Departing(new DateOnly(2030, 8, 1)).Returning(new DateOnly(2030, 8, 5)).CreateAsync(Trips);
        var third = await TripBuilder.For(friend).Departing(new DateOnly(2030, 9, 1)).Returning(new DateOnly(2030, 9, 5)).CreateAsync(Trips);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(first.Id), user.Id);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(second.Id), user.Id);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(second.Id, daysFromStart: 2), user.Id);
        await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(third.Id), friend.Id);
        await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(third.Id), friend.Id);
        await Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation(third.Id), friend.Id);

        async Task<(Guid Id, bool IsShared, (int, int, int, int, int) Counts)[]> PagesAsync()
        {
            var pages = new List<(Guid, bool, (int, int, int, int, int))>();
            for (var page = 1; page <= 3; page++)
            {
                foreach (var t in (await Trips.GetUserTripsAsync(user.Id, TripFilter.All, page, 1)).Items)
                {
                    pages.Add((t.Id, t.IsShared, (t.FlightCount, t.HotelCount, t.TransportationCount, t.CarRentalCount, t.EventCount)));
                }
            }

            return [.. pages];
        }

        var ownOnly = await PagesAsync();
        var invitation = await Services.Get<ITripInvitationService>().InviteAsync(third.Id, user.Id, friend.Id);
        await Services.Get<ITripInvitationService>().AcceptAsync(invitation.Id, user.Id);
        var withShared = await PagesAsync();

        Assert.Equal([(first.Id, false, (1, 0, 0, 0, 0)), (second.Id, false, (0, 2, 0, 0, 0))], ownOnly);
        Assert.Equal([(first.Id, false, (1, 0, 0, 0, 0)), (second.Id, false, (0, 2, 0, 0, 0)), (third.Id, true, (0, 0, 1, 1, 1))], withShared);
    }

    [Fact]
    public async Task Every_trip_lands_in_exactly_one_of_upcoming_current_and_past_around_today()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var cases = new (string Name, int Departs, int Returns, TripFilter Expected)[]
        {
            ("departs today", 0, 3, TripFilter.Upcoming),
            ("departs and returns today", 0, 0, TripFilter.Upcoming),
            ("departs tomorrow", 1, 2, TripFilter.Upcoming),
            ("departed yesterday, returns today", -1, 0, TripFilter.Current),
            ("departed last week, returns next week", -7, 7, TripFilter.Current),
            ("returned yesterday", -3, -1, TripFilter.Past),
            ("departed and returned yesterday", -1, -1, TripFilter.Past),
        };
        foreach (var c in cases)
        {
            await TripBuilder.For(user).Named(c.Name).Departing(Today.AddDays(c.Departs)).Returning(Today.AddDays(c.Returns)).CreateAsync(Trips);
        }

        var byFilter = new Dictionary<TripFilter, List<string>>();
        foreach (var filter in Enum.GetValues<TripFilter>())
        {
            byFilter[filter] = (await Trips.GetUserTripsAsync(user.Id, filter)).Items.Select(t => t.Name).ToList();
        }

        foreach (var c in cases)
        {
            var homes = new[] { TripFilter.Upcoming, TripFilter.Current, TripFilter.Past }.Where(f => byFilter[f].Contains(c.Name)).ToList();
            Assert.True(homes.SequenceEqual([c.Expected]), $"'{c.Name}' is in [{string.Join(", ", homes)}], expected only {c.Expected}");
        }

        Assert.Equal(cases.Length, byFilter[TripFilter.All].Count);
    }

    [Fact]
    public async Task Today_comes_from_the_time_provider()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).Departing(Today).Returning(Today.AddDays(1)).CreateAsync(Trips);
        Assert.Single((await Trips.GetUserTripsAsync(user.Id, TripFilter.Upcoming)).Items);

        Services.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(trip.Id, Assert.Single((await Trips.GetUserTripsAsync(user.Id, TripFilter.Current)).Items).Id);

        Services.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(trip.Id, Assert.Single((await Trips.GetUserTripsAsync(user.Id, TripFilter.Past)).Items).Id);
        Assert.Empty((await Trips.GetUserTripsAsync(user.Id, TripFilter.Upcoming)).Items);
    }

    [Fact]
    public async Task Pages_split_the_list_and_carry_the_total_even_past_the_end()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        for (var i = 0; i < 25; i++)
        {
            await TripBuilder.For(user).Named($"Trip {i:D2}").Departing(Today.AddDays(i)).Returning(Today.AddDays(i + 1)).CreateAsync(Trips);
        }

        var pages = new List<PagedResult<TripSummary>>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await Trips.GetUserTripsAsync(user.Id, TripFilter.Upcoming, page, limit: 10));
        }

        Assert.Equal([10, 10, 5, 0], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(25, p.TotalCount));
        Assert.All(pages, p => Assert.Equal(3, p.TotalPages));
        Assert.Equal([1, 2, 3, 4], pages.Select(p => p.Page));
        // Upcoming trips soonest first, each exactly once over the pages.
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"Trip {i:D2}"), pages.SelectMany(p => p.Items).Select(t => t.Name));
        Assert.Equal(0, (await Trips.GetUserTripsAsync(user.Id, TripFilter.Past, 1, 10)).TotalCount);
    }

    [Fact]
    public async Task Past_trips_are_listed_newest_first()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        await TripBuilder.For(user).Named("older").Departing(Today.AddDays(-30)).Returning(Today.AddDays(-20)).CreateAsync(Trips);
        await TripBuilder.For(user).Named("recent").Departing(Today.AddDays(-10)).Returning(Today.AddDays(-2)).CreateAsync(Trips);

        var past = await Trips.GetUserTripsAsync(user.Id, TripFilter.Past);

        Assert.Equal(["recent", "older"], past.Items.Select(t => t.Name));
    }

    [Fact]
    public async Task A_limit_over_the_maximum_is_capped_and_page_or_limit_below_one_is_refused()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var capped = await Trips.GetUserTripsAsync(user.Id, TripFilter.All, 1, 5000);
        var page = await Assert.ThrowsAsync<ValidationException>(() => Trips.GetUserTripsAsync(user.Id, TripFilter.All, 0, 10));
        var limit = await Assert.ThrowsAsync<ValidationException>(() => Trips.GetUserTripsAsync(user.Id, TripFilter.All, 1, 0));
        var filter = await Assert.ThrowsAsync<ValidationException>(() => Trips.GetUserTripsAsync(user.Id, (TripFilter)9));

        Assert.Equal(ITripService.MaxLimit, capped.Limit);
        Assert.Equal(("page", "limit", "filter"), (page.Field, limit.Field, filter.Field));
    }

    [Fact]
    public async Task Statistics_count_owned_trips_by_time_and_purpose_and_the_items_in_them()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var friend = await UserBuilder.New().CreateAsync(Users);
        var upcoming = await TripBuilder.For(user).For(TripPurpose.Business).Departing(Today).Returning(Today.AddDays(2)).CreateAsync(Trips);
        await TripBuilder.For(user).For(TripPurpose.Business).Departing(Today.AddDays(10)).Returning(Today.AddDays(12)).CreateAsync(Trips);
        var current = await TripBuilder.For(user).Departing(Today.AddDays(-1)).Returning(Today).CreateAsync(Trips);
        await TripBuilder.For(user).For(TripPurpose.Other).Departing(Today.AddDays(-9)).Returning(Today.AddDays(-8)).CreateAsync(Trips);
        var shared = await TripBuilder.For(friend).Departing(Today.AddDays(-9)).Returning(Today.AddDays(-8)).CreateAsync(Trips);
        await new InvitationRowBuilder(Database.DataSource).AcceptedAsync(shared.Id, user.Id, friend.Id);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(upcoming.Id), user.Id);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(current.Id), user.Id);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(), user.Id);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(upcoming.Id), user.Id);
        await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(current.Id), user.Id);
        await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(upcoming.Id), user.Id);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(shared.Id), friend.Id);

        var statistics = await Trips.GetTripStatisticsAsync(user.Id);

        Assert.Equal(new TripStatistics(Total: 4, Upcoming: 2, Current: 1, Past: 1, Pleasure: 1, Business: 2, Other: 1, Flights: 2, Hotels: 1, Transportation: 0, CarRentals: 1, Events: 1), statistics);
        Assert.Equal(new TripStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), await Trips.GetTripStatisticsAsync(Guid.NewGuid()));
    }
}
