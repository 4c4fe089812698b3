using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>Creating, changing and deleting trips; who may do what, including invitees of a shared trip.</summary>
public sealed class TripServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private InvitationRowBuilder Invitations => new(Database.DataSource);

    private ITripService Trips => Services.Get<ITripService>();

    [Fact]
    public async Task Creating_a_trip_stores_it_with_its_purpose_and_returns_it()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var trip = await Trips.CreateTripAsync(new CreateTrip("  Tokyo 2030 ", new DateOnly(2030, 6, 1), new DateOnly(2030, 6, 15), TripPurpose.Business, "  Cherry blossoms "), user.Id);

        Assert.Equal(user.Id, trip.UserId);
        Assert.Equal("Tokyo 2030", trip.Name);
        Assert.Equal(new DateOnly(2030, 6, 1), trip.DepartureDate);
        Assert.Equal(new DateOnly(2030, 6, 15), trip.ReturnDate);
        Assert.Equal(TripPurpose.Business, trip.Purpose);
        Assert.Equal("Cherry blossoms", trip.Description);
        Assert.Equal(DateTimeKind.Utc, trip.CreatedAt.Kind);
        Assert.Equal(1, await Rows.CountAsync("select count(*) from trips where id = $1 and purpose = 'business'", trip.Id));
        Assert.Equal(trip, (await Trips.GetTripWithDetailsAsync(trip.Id, user.Id)).Trip);
    }

    [Fact]
    public async Task A_trip_may_return_on_its_departure_day_and_a_blank_description_is_stored_as_null()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var trip = await Trips.CreateTripAsync(new CreateTrip("Day trip", new DateOnly(2030, 6, 1), new DateOnly(2030, 6, 1), Description: "   "), user.Id);

        Assert.Equal(trip.DepartureDate, trip.ReturnDate);
        Assert.Equal(TripPurpose.Pleasure, trip.Purpose);
        Assert.Null(trip.Description);
    }

    [Theory]
    [InlineData("blank name", "name")]
    [InlineData("name too long", "name")]
    [InlineData("returns before departing", "returnDate")]
    [InlineData("undefined purpose", "purpose")]
    [InlineData("description too long", "description")]
    public async Task Invalid_trip_input_is_refused_naming_the_field_and_writes_nothing(string problem, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var valid = TripBuilder.For(user).Build();
        var command = problem switch
        {
            "blank name" => valid with { Name = " " },
            "name too long" => valid with { Name = new string('n', 256) },
            "returns before departing" => valid with { ReturnDate = valid.DepartureDate.AddDays(-1) },
            "undefined purpose" => valid with { Purpose = (TripPurpose)42 },
            _ => valid with { Description = new string('d', 10_001) },
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Trips.CreateTripAsync(command, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from trips where "userId" = $1""", user.Id));
    }

    [Fact]
    public async Task Validation_errors_arrive_through_the_returned_task_not_at_the_call()
    {
        var user = Guid.NewGuid();

        // Each call must hand back a faulted task; a synchronous throw would escape before the await.
        var calls = new Func<Task>[]
        {
            () => Capture(() => Trips.CreateTripAsync(new CreateTrip("", default, default), user)),
            () => Capture(() => Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight() with { FlightNumber = "" }, user)),
            () => Capture(() => Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel() with { Name = "" }, user)),
            () => Capture(() => Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation() with { Origin = "" }, user)),
            () => Capture(() => Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental() with { Company = "" }, user)),
            () => Capture(() => Services.Get<IEventService>().CreateAsync(ItemInputs.Event() with { Name = "" }, user)),
            () => Capture(() => Services.Get<IItemCompanionService>().AssignTravelerAsync(ItemType.Flight, Guid.NewGuid(), TravelerType.User, Guid.NewGuid(), user)),
        };

        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<ValidationException>(call);
        }

        static Task Capture(Func<Task> start)
        {
            Task task;
            try
            {
                task = start();
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"threw {e.GetType().Name} synchronously instead of returning a faulted task");
            }

            return task;
        }
    }

    [Fact]
    public async Task Creating_a_trip_for_an_unknown_user_is_not_found()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => Trips.CreateTripAsync(TripBuilder.For(Guid.NewGuid()).Build(), Guid.NewGuid()));

        Assert.Equal("user", error.Resource);
    }

    [Fact]
    public async Task Updating_a_trip_replaces_its_fields()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).Described("old").CreateAsync(Trips);

        var updated = await Trips.UpdateTripAsync(trip.Id, new UpdateTrip("Renamed", new DateOnly(2031, 1, 2), new DateOnly(2031, 1, 9), TripPurpose.Other), user.Id);

        Assert.Equal(trip.Id, updated.Id);
        Assert.Equal("Renamed", updated.Name);
        Assert.Equal(new DateOnly(2031, 1, 2), updated.DepartureDate);
        Assert.Equal(new DateOnly(2031, 1, 9), updated.ReturnDate);
        Assert.Equal(TripPurpose.Other, updated.Purpose);
        Assert.Null(updated.Description);
        Assert.Equal(trip.CreatedAt, updated.CreatedAt);
        Assert.Equal(updated, (await Trips.GetTripWithDetailsAsync(trip.Id, user.Id)).Trip);
    }

    [Fact]
    public async Task An_invalid_update_is_refused_naming_the_field_and_changes_nothing()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => Trips.UpdateTripAsync(trip.Id, new UpdateTrip("Renamed", trip.DepartureDate, trip.DepartureDate.AddDays(-1)), user.Id));

        Assert.Equal("returnDate", error.Field);
        Assert.Equal(trip, (await Trips.GetTripWithDetailsAsync(trip.Id, user.Id)).Trip);
    }

    [Fact]
    public async Task Deleting_a_trip_removes_it_and_its_items()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Trips);
        var flight = await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id), user.Id);

        await Trips.DeleteTripAsync(trip.Id, user.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(trip.Id, user.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.Get<IFlightService>().GetAsync(flight.Id, user.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Trips.DeleteTripAsync(trip.Id, user.Id));
    }

    [Fact]
    public async Task Another_users_trip_is_not_found_for_read_update_and_delete_and_stays_unchanged()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(owner).CreateAsync(Trips);

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(trip.Id, stranger.Id));
        var update = await Assert.ThrowsAsync<NotFoundException>(() => Trips.UpdateTripAsync(trip.Id, new UpdateTrip("Mine now", trip.DepartureDate, trip.ReturnDate), stranger.Id));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => Trips.DeleteTripAsync(trip.Id, stranger.Id));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(Guid.NewGuid(), stranger.Id));

        Assert.All([read, update, delete, missing], e => Assert.Equal("trip", e.Resource));
        Assert.Equal(trip, (await Trips.GetTripWithDetailsAsync(trip.Id, owner.Id)).Trip);
        Assert.DoesNotContain((await Trips.GetUserTripsAsync(stranger.Id)).Items, t => t.Id == trip.Id);
    }

    [Fact]
    public async Task An_accepted_invitee_sees_the_shared_trip_marked_and_can_read_it_but_not_change_or_delete_it()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(owner).CreateAsync(Trips);
        var ownTrip = await TripBuilder.For(invitee).CreateAsync(Trips);
        await Invitations.AcceptedAsync(trip.Id, invitee.Id, owner.Id);

        var list = await Trips.GetUserTripsAsync(invitee.Id, TripFilter.All);
        var details = await Trips.GetTripWithDetailsAsync(trip.Id, invitee.Id);

        var shared = Assert.Single(list.Items, t => t.Id == trip.Id);
        Assert.True(shared.IsShared);
        Assert.Equal(owner.Id, shared.UserId);
        Assert.False(Assert.Single(list.Items, t => t.Id == ownTrip.Id).IsShared);
        Assert.Equal(2, list.TotalCount);
        Assert.True(details.IsShared);
        Assert.Equal(trip, details.Trip);
        Assert.False((await Trips.GetTripWithDetailsAsync(trip.Id, owner.Id)).IsShared);
        Assert.False(Assert.Single((await Trips.GetUserTripsAsync(owner.Id)).Items).IsShared);

        await Assert.ThrowsAsync<NotFoundException>(() => Trips.UpdateTripAsync(trip.Id, new UpdateTrip("Hijacked", trip.DepartureDate, trip.ReturnDate), invitee.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Trips.DeleteTripAsync(trip.Id, invitee.Id));
        Assert.Equal(trip, (await Trips.GetTripWithDetailsAsync(trip.Id, owner.Id)).Trip);
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("declined")]
    public async Task A_pending_or_declined_invitation_does_not_share_the_trip(string status)
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(owner).Named("Secret " + status).CreateAsync(Trips);
        await Invitations.CreateAsync(trip.Id, invitee.Id, owner.Id, status);

        var list = await Trips.GetUserTripsAsync(invitee.Id);

        Assert.Empty(list.Items);
        Assert.Equal(0, list.TotalCount);
        Assert.Empty(await Trips.SearchTripsAsync(invitee.Id, "Secret"));
        await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(trip.Id, invitee.Id));
    }
}
