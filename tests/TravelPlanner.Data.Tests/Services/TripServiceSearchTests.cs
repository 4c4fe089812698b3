using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>Searching trips by name and description, with the LIKE wildcards taken literally.</summary>
public sealed class TripServiceSearchTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITripService Trips => Services.Get<ITripService>();

    [Fact]
    public async Task Search_matches_name_or_description_ignoring_case()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        await TripBuilder.For(user).Named("Kyoto temples").CreateAsync(Trips);
        await TripBuilder.For(user).Named("Spring").Described("Cherry blossoms in KYOTO").CreateAsync(Trips);
        await TripBuilder.For(user).Named("Lisbon").Described("Custard tarts").CreateAsync(Trips);

        var found = await Trips.SearchTripsAsync(user.Id, "  kyoto ");

        Assert.Equal(["Kyoto temples", "Spring"], found.Select(t => t.Name).Order());
    }

    [Theory]
    [InlineData("%", "100% fun")]
    [InlineData("_", "snake_case trip")]
    [InlineData("\\", "back\\slash")]
    [InlineData("'s", "O'Brien's")]
    [InlineData("\"", "The \"big\" one")]
    [InlineData("'; drop table trips; --", "'; drop table trips; --")]
    public async Task Wildcards_quotes_and_sql_match_literally(string query, string expected)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        foreach (var name in new[] { "100% fun", "100 fun", "snake_case trip", "snakeXcase trip", "back\\slash", "backslash", "O'Brien's", "The \"big\" one", "'; drop table trips; --", "drop table" })
        {
            await TripBuilder.For(user).Named(name).CreateAsync(Trips);
        }

        var found = await Trips.SearchTripsAsync(user.Id, query);

        Assert.Equal(expected, Assert.Single(found).Name);
        Assert.Equal(10, (await Trips.GetUserTripsAsync(user.Id)).TotalCount);
    }

    [Fact]
    public async Task Search_covers_shared_trips_but_not_other_users_trips()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var friend = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        await TripBuilder.For(user).Named("Alps mine").CreateAsync(Trips);
        var shared = await TripBuilder.For(friend).Named("Alps shared").CreateAsync(Trips);
        await TripBuilder.For(friend).Named("Alps not shared").CreateAsync(Trips);
        await TripBuilder.For(stranger).Named("Alps stranger").CreateAsync(Trips);
        await new InvitationRowBuilder(Database.DataSource).AcceptedAsync(shared.Id, user.Id, friend.Id);

        var found = await Trips.SearchTripsAsync(user.Id, "alps");

        Assert.Equal([("Alps mine", false), ("Alps shared", true)], found.Select(t => (t.Name, t.IsShared)).Order());
    }

    [Fact]
    public async Task Each_match_carries_the_item_counts_of_its_own_trip_owned_or_shared()
    {
        // The counts are taken for the matches kept (after the order and the limit), through both statements: a user
        // with no shared trips, then one with.
        var user = await UserBuilder.New().CreateAsync(Users);
        var friend = await UserBuilder.New().CreateAsync(Users);
        var older = await TripBuilder.For(user).Named("Coast 1").Departing(new DateOnly(2030, 7, 1)).Returning(new DateOnly(2030, 7, 5)).CreateAsync(Trips);
        var newer = await TripBuilder.For(user).Named("Coast 2").Departing(new DateOnly(2030, 8, 1)).Returning(new DateOnly(2030, 8, 5)).CreateAsync(Trips);
        var shared = await TripBuilder.For(friend).Named("Coast 3").Departing(new DateOnly(2030, 9, 1)).Returning(new DateOnly(2030, 9, 5)).CreateAsync(Trips);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(older.Id), user.Id);
        await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(older.Id, hoursFromStart: 24), user.Id);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(newer.Id), user.Id);
        await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(shared.Id), friend.Id);
        await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(shared.Id), friend.Id);
        await Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation(shared.Id), friend.Id);

        async Task<(Guid, bool, (int, int, int, int, int))[]> SearchAsync(int limit) =>
            [.. (await Trips.SearchTripsAsync(user.Id, "coast", limit)).Select(t =>
                (t.Id, t.IsShared, (t.FlightCount, t.HotelCount, t.TransportationCount, t.CarRentalCount, t.EventCount)))];

        var ownOnly = await SearchAsync(limit: 20);
        await new InvitationRowBuilder(Database.DataSource).AcceptedAsync(shared.Id, user.Id, friend.Id);
        var withShared = await SearchAsync(limit: 20);
        var firstTwo = await SearchAsync(limit: 2);

        Assert.Equal([(newer.Id, false, (0, 1, 0, 0, 0)), (older.Id, false, (2, 0, 0, 0, 0))], ownOnly);
        Assert.Equal([(shared.Id, true, (0, 0, 1, 1, 1)), (newer.Id, false, (0, 1, 0, 0, 0)), (older.Id, false, (2, 0, 0, 0, 0))], withShared);
        Assert.Equal(withShared[..2], firstTwo);
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit_newest_departure_first()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        for (var i = 1; i <= 5; i++)
        {
            await TripBuilder.For(user).Named($"Beach {i}").Departing(new DateOnly(2030, i, 1)).Returning(new DateOnly(2030, i, 2)).CreateAsync(Trips);
        }

        var found = await Trips.SearchTripsAsync(user.Id, "beach", limit: 2);

        Assert.Equal(["Beach 5", "Beach 4"], found.Select(t => t.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_query_is_refused(string query)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Trips.SearchTripsAsync(Guid.NewGuid(), query));

        Assert.Equal("query", error.Field);
    }
}
