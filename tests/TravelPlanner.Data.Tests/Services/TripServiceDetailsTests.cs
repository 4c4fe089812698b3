using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>A trip with everything in it, in one round trip; and the items outside any trip.</summary>
public sealed class TripServiceDetailsTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITripService Trips => Services.Get<ITripService>();

    protected override async ValueTask SeedAsync()
    {
        var airports = new AirportRowBuilder(Database.DataSource);
        await airports.EnsureAsync("ORD", "Chicago O'Hare International", "Chicago", "United States");
        await airports.EnsureAsync("LHR", "London Heathrow", "London", "United Kingdom");
    }

    [Fact]
    public async Task Details_hold_every_item_type_the_companions_and_the_item_companions_in_one_round_trip()
    {
        var user = await UserBuilder.New().Named("Ada", "Lovelace").CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        var other = await TripBuilder.For(user).CreateAsync(Trips);
        var later = await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id, hoursFromStart: 48) with { Origin = "LHR", Destination = "Paris" }, user.Id);
        var first = await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id), user.Id);
        var hotel = await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user.Id);
        var leg = await Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation(trip.Id), user.Id);
        var car = await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(trip.Id), user.Id);
        var show = await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(trip.Id), user.Id);
        var elsewhere = await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(other.Id), user.Id);
        var companions = new CompanionRowBuilder(Database.DataSource);
        var grace = await companions.CreateAsync(user.Id, "Grace Hopper", "grace@example.com");
        await companions.AddToTripAsync(grace, trip.Id);
        var itemCompanions = Services.Get<IItemCompanionService>();
        await itemCompanions.AssignTravelerAsync(ItemType.Flight, first.Id, TravelerType.User, user.Id, user.Id);
        await itemCompanions.AssignTravelerAsync(ItemType.CarRental, car.Id, TravelerType.Companion, grace, user.Id);
        await itemCompanions.AssignTravelerAsync(ItemType.Flight, elsewhere.Id, TravelerType.Companion, grace, user.Id);

        TripDetails details;
        int roundTrips;
        using (var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database!))
        {
            details = await Trips.GetTripWithDetailsAsync(trip.Id, user.Id);
            roundTrips = counter.Count;
        }

        Assert.Equal(1, roundTrips);
        Assert.Equal(trip, details.Trip);
        Assert.False(details.IsShared);
        Assert.Equal([first.Id, later.Id], details.Flights.Select(f => f.Id));
        Assert.Equal(("Chicago O'Hare International", "Chicago", "London Heathrow", "London"),
            (details.Flights[0].OriginName, details.Flights[0].OriginCity, details.Flights[0].DestinationName, details.Flights[0].DestinationCity));
        Assert.Equal(("London Heathrow", null, null), (details.Flights[1].OriginName, details.Flights[1].DestinationName, details.Flights[1].DestinationCity));
        Assert.Equal(first, details.Flights[0]);
        Assert.Equal([hotel], details.Hotels);
        Assert.Equal([leg], details.Transportation);
        Assert.Equal([car], details.CarRentals);
        Assert.Equal([show], details.Events);
        var companion = Assert.Single(details.Companions);
        Assert.Equal((grace, "Grace Hopper", "grace@example.com", "friend"), (companion.CompanionId, companion.Name, companion.Email, companion.Relationship));
        Assert.Equal(2, details.ItemCompanions.Count);
        Assert.Contains(details.ItemCompanions, ic => ic is { ItemType: ItemType.Flight, TravelerType: TravelerType.User, TravelerName: "Ada Lovelace" } && ic.ItemId == first.Id);
        Assert.Contains(details.ItemCompanions, ic => ic is { ItemType: ItemType.CarRental, TravelerType: TravelerType.Companion, TravelerName: "Grace Hopper" } && ic.ItemId == car.Id);
    }

    [Fact]
    public async Task Counting_commands_sees_each_round_trip()
    {
        // Guards the round-trip test above: the counter must see separate commands as separate.
        var user = await UserBuilder.New().CreateAsync(Users);

        using var counter = new NpgsqlCommandCounter(new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database!);
        await Trips.GetUserTripsAsync(user.Id);
        await Trips.GetTripStatisticsAsync(user.Id);

        Assert.Equal(2, counter.Count);
    }

    [Fact]
    [Trait(PostgresFixture.TargetTrait, "postgres")]
    public async Task Each_statement_of_the_details_batch_settles_on_its_generic_plan_when_the_owner_reads()
    {
        // Issue 16: with the owner test folded into each custom plan, five of the eight statements always looked
        // cheaper re-planned, and PostgreSQL planned them again on every call (pg_stat_statements: plans = calls),
        // planning costing more than executing. PostgreSQL's own plan cache: not on a Citus coordinator.
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user.Id);
        var statements = await PreparedPlans.RunAsync(
            Database.ConnectionString,
            QueryCatalog.Read("trips/get_trip_with_details").Text,
            new Dictionary<string, object> { ["TripId"] = trip.Id, ["OwnerId"] = user.Id, ["UserId"] = user.Id });

        Assert.Equal(8, statements.Count);
        Assert.All(statements, s => Assert.True(s.Generic > 0, $"planned on every call: {s}"));
    }

    [Fact]
    public async Task An_empty_trip_has_empty_details()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);

        var details = await Trips.GetTripWithDetailsAsync(trip.Id, user.Id);

        Assert.Empty(details.Flights);
        Assert.Empty(details.Hotels);
        Assert.Empty(details.Transportation);
        Assert.Empty(details.CarRentals);
        Assert.Empty(details.Events);
        Assert.Empty(details.Companions);
        Assert.Empty(details.ItemCompanions);
    }

    [Fact]
    public async Task Standalone_items_are_the_users_items_of_each_type_outside_any_trip()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        var flights = Services.Get<IFlightService>();
        var flight = await flights.CreateAsync(ItemInputs.Flight(), user.Id);
        var hotel = await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(), user.Id);
        var leg = await Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation(), user.Id);
        var car = await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(), user.Id);
        var show = await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(), user.Id);
        await flights.CreateAsync(ItemInputs.Flight(trip.Id), user.Id);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(trip.Id), user.Id);
        await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(trip.Id), user.Id);
        await flights.CreateAsync(ItemInputs.Flight(), stranger.Id);
        await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(), stranger.Id);

        var standalone = await Trips.GetStandaloneItemsAsync(user.Id);

        Assert.Equal([flight], standalone.Flights);
        Assert.Equal("Chicago O'Hare International", standalone.Flights[0].OriginName);
        Assert.Equal([hotel], standalone.Hotels);
        Assert.Equal([leg], standalone.Transportation);
        Assert.Equal([car], standalone.CarRentals);
        Assert.Equal([show], standalone.Events);
        Assert.Empty((await Trips.GetStandaloneItemsAsync(Guid.NewGuid())).Flights);
    }
}
