using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class FlightServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITripService Trips => Services.Get<ITripService>();

    private IFlightService Flights => Services.Get<IFlightService>();

    protected override async ValueTask SeedAsync()
    {
        await new AirportRowBuilder(Database.DataSource).EnsureAsync("ORD", "Chicago O'Hare International", "Chicago", "United States");
    }

    [Fact]
    public async Task Creating_a_flight_normalises_the_flight_number_and_airport_codes_and_joins_airport_names()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);

        var flight = await Flights.CreateAsync(ItemInputs.Flight(trip.Id) with { FlightNumber = " aa 100 ", Origin = "ord", Destination = "New York" }, user.Id);

        Assert.Equal(("AA100", "ORD", "New York"), (flight.FlightNumber, flight.Origin, flight.Destination));
        Assert.Equal(("Chicago O'Hare International", "Chicago"), (flight.OriginName, flight.OriginCity));
        Assert.Null(flight.DestinationName);
        Assert.Equal(trip.Id, flight.TripId);
        Assert.Equal(user.Id, flight.UserId);
        Assert.Equal(ItemInputs.Start, flight.DepartureDateTime);
        Assert.Equal(DateTimeKind.Utc, flight.ArrivalDateTime.Kind);
        Assert.Equal(("12A", "PNR123", "Window seat"), (flight.SeatNumber, flight.ConfirmationCode, flight.Notes));
        Assert.Equal(flight, await Flights.GetAsync(flight.Id, user.Id));
    }

    [Theory]
    [InlineData("BA2490", "BA2490")]
    [InlineData("u2 123", "U2123")]
    [InlineData("9W 5", "9W5")]
    [InlineData("baw 123", "BAW123")]
    [InlineData("DL 1234a", "DL1234A")]
    public async Task Flight_numbers_of_iata_and_icao_shape_are_accepted(string typed, string stored)
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var flight = await Flights.CreateAsync(ItemInputs.Flight() with { FlightNumber = typed }, user.Id);

        Assert.Equal(stored, flight.FlightNumber);
    }

    [Fact]
    public async Task A_local_time_is_stored_as_the_same_instant_in_utc()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var departure = new DateTime(2030, 7, 1, 10, 0, 0, DateTimeKind.Local);

        var flight = await Flights.CreateAsync(ItemInputs.Flight() with { DepartureDateTime = departure, ArrivalDateTime = departure.AddHours(2) }, user.Id);

        Assert.Equal(departure.ToUniversalTime(), flight.DepartureDateTime);
    }

    [Theory]
    [InlineData("flight number blank", "flightNumber")]
    [InlineData("flight number garbage", "flightNumber")]
    [InlineData("flight number too many digits", "flightNumber")]
    [InlineData("origin blank", "origin")]
    [InlineData("destination too long", "destination")]
    [InlineData("arrives when it departs", "arrivalDateTime")]
    [InlineData("arrives before it departs", "arrivalDateTime")]
    [InlineData("unspecified departure kind", "departureDateTime")]
    [InlineData("seat too long", "seatNumber")]
    [InlineData("empty trip id", "tripId")]
    public async Task Invalid_flight_input_is_refused_naming_the_field_and_writes_nothing(string problem, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var valid = ItemInputs.Flight();
        var input = problem switch
        {
            "flight number blank" => valid with { FlightNumber = "  " },
            "flight number garbage" => valid with { FlightNumber = "hello!" },
            "flight number too many digits" => valid with { FlightNumber = "AA12345" },
            "origin blank" => valid with { Origin = "" },
            "destination too long" => valid with { Destination = "Llanfairpwll" },
            "arrives when it departs" => valid with { ArrivalDateTime = valid.DepartureDateTime },
            "arrives before it departs" => valid with { ArrivalDateTime = valid.DepartureDateTime.AddMinutes(-1) },
            "unspecified departure kind" => valid with { DepartureDateTime = DateTime.SpecifyKind(valid.DepartureDateTime, DateTimeKind.Unspecified) },
            "seat too long" => valid with { SeatNumber = new string('1', 11) },
            _ => valid with { TripId = Guid.Empty },
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Flights.CreateAsync(input, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from flights where "userId" = $1""", user.Id));
    }

    [Fact]
    public async Task Updating_a_flight_replaces_its_fields_and_can_move_it_between_own_trips_and_out()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var first = await TripBuilder.For(user).CreateAsync(Trips);
        var second = await TripBuilder.For(user).CreateAsync(Trips);
        var flight = await Flights.CreateAsync(ItemInputs.Flight(first.Id), user.Id);

        var moved = await Flights.UpdateAsync(flight.Id, ItemInputs.Flight(second.Id) with { FlightNumber = "LH 400", SeatNumber = null }, user.Id);
        var standalone = await Flights.UpdateAsync(flight.Id, ItemInputs.Flight(), user.Id);

        Assert.Equal((second.Id, "LH400", (string?)null), (moved.TripId, moved.FlightNumber, moved.SeatNumber));
        Assert.Equal(flight.CreatedAt, moved.CreatedAt);
        Assert.Null(standalone.TripId);
        Assert.Equal(standalone, await Flights.GetAsync(flight.Id, user.Id));
    }

    [Fact]
    public async Task Deleting_a_flight_removes_it()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flight = await Flights.CreateAsync(ItemInputs.Flight(), user.Id);

        await Flights.DeleteAsync(flight.Id, user.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Flights.GetAsync(flight.Id, user.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Flights.DeleteAsync(flight.Id, user.Id));
    }

    [Fact]
    public async Task Another_users_flight_is_not_found_for_read_update_and_delete_and_stays_unchanged()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var flight = await Flights.CreateAsync(ItemInputs.Flight(), owner.Id);

        var errors = new[]
        {
            await Assert.ThrowsAsync<NotFoundException>(() => Flights.GetAsync(flight.Id, stranger.Id)),
            await Assert.ThrowsAsync<NotFoundException>(() => Flights.UpdateAsync(flight.Id, ItemInputs.Flight() with { FlightNumber = "XX1" }, stranger.Id)),
            await Assert.ThrowsAsync<NotFoundException>(() => Flights.DeleteAsync(flight.Id, stranger.Id)),
            await Assert.ThrowsAsync<NotFoundException>(() => Flights.GetAsync(Guid.NewGuid(), owner.Id)),
        };

        Assert.All(errors, e => Assert.Equal("flight", e.Resource));
        Assert.Equal(flight, await Flights.GetAsync(flight.Id, owner.Id));
    }

    [Fact]
    public async Task Putting_or_moving_a_flight_into_another_users_trip_is_refused_as_trip_not_found()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var strangersTrip = await TripBuilder.For(stranger).CreateAsync(Trips);
        var flight = await Flights.CreateAsync(ItemInputs.Flight(), owner.Id);

        var create = await Assert.ThrowsAsync<NotFoundException>(() => Flights.CreateAsync(ItemInputs.Flight(strangersTrip.Id), owner.Id));
        var move = await Assert.ThrowsAsync<NotFoundException>(() => Flights.UpdateAsync(flight.Id, ItemInputs.Flight(strangersTrip.Id), owner.Id));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => Flights.CreateAsync(ItemInputs.Flight(Guid.NewGuid()), owner.Id));

        Assert.Equal(("trip", "trip", "trip"), (create.Resource, move.Resource, unknown.Resource));
        Assert.Equal(1, await Rows.CountAsync("""select count(*) from flights where "userId" = $1""", owner.Id));
        Assert.Null((await Flights.GetAsync(flight.Id, owner.Id)).TripId);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from flights where "tripId" = $1""", strangersTrip.Id));
    }
}
