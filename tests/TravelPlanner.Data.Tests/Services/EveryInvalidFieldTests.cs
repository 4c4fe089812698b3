using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>
/// A command is checked whole: one <see cref="ValidationException"/> names every invalid field in <see cref="ValidationException.Errors"/>
/// (issue 15; before, the first bad field threw and a form showed one error per round trip). <see cref="ValidationException.Field"/>
/// stays the first. Nothing is written.
/// </summary>
public sealed class EveryInvalidFieldTests(TestDatabase database) : ServiceTestBase(database)
{
    [Fact]
    public async Task Registration_names_every_invalid_field_with_the_first_as_Field()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Users.RegisterAsync(new RegisterUser("not-an-address", "short", " ", "Lovelace")));

        Assert.Equal(new[] { "email", "password", "firstName" }, error.Errors.Keys.ToArray());
        Assert.Equal("email", error.Field);
        Assert.Equal("must be an e-mail address.", error.Reason);
        Assert.Equal(["must be at least 8 characters."], error.Errors["password"]);
        Assert.Equal(["is required."], error.Errors["firstName"]);
        Assert.DoesNotContain("lastName", error.Errors.Keys);
    }

    [Fact]
    public async Task A_trip_with_no_name_an_undefined_purpose_and_a_return_before_departure_names_all_three()
    {
        var user = (await UserBuilder.New().CreateAsync(Users)).Id;
        var command = new CreateTrip("", Today.AddDays(10), Today.AddDays(5), (TripPurpose)42);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Services.Get<ITripService>().CreateTripAsync(command, user));

        Assert.Equal(new[] { "name", "returnDate", "purpose" }, error.Errors.Keys.ToArray());
        Assert.Equal("name", error.Field);
        Assert.Empty((await Services.Get<ITripService>().GetUserTripsAsync(user, TripFilter.All)).Items);
    }

    [Fact]
    public async Task A_flight_names_its_bad_number_missing_origin_unspecified_time_and_empty_trip_id_together()
    {
        var user = (await UserBuilder.New().CreateAsync(Users)).Id;
        var takeOff = new DateTime(2030, 7, 1, 9, 0, 0, DateTimeKind.Unspecified);
        var input = new FlightInput("not a flight", "", "LIS", takeOff, takeOff.AddHours(2), TripId: Guid.Empty);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Services.Get<IFlightService>().CreateAsync(input, user));

        Assert.Equal(new[] { "flightNumber", "origin", "departureDateTime", "arrivalDateTime", "tripId" }, error.Errors.Keys.ToArray());
        Assert.All(error.Errors.Values, reasons => Assert.Single(reasons));
    }

    [Fact]
    public async Task A_single_invalid_field_reads_as_before()
    {
        var user = (await UserBuilder.New().CreateAsync(Users)).Id;

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => Services.Get<ITripService>().CreateTripAsync(new CreateTrip("Lisbon", Today.AddDays(10), Today.AddDays(5), TripPurpose.Pleasure), user));

        Assert.Equal("returnDate", error.Field);
        Assert.Equal("returnDate: must not be before departureDate.", error.Message);
        Assert.Equal(["returnDate"], error.Errors.Keys);
    }

    [Fact]
    public void The_exception_refuses_an_empty_list_of_errors() =>
        Assert.Throws<ArgumentException>(() => new ValidationException([]));
}
