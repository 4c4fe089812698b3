using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class TransportationServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITransportationService Legs => Services.Get<ITransportationService>();

    [Fact]
    public async Task A_transport_leg_is_created_read_updated_and_deleted_by_its_owner()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Services.Get<ITripService>());

        var created = await Legs.CreateAsync(ItemInputs.Transportation(trip.Id), user.Id);
        var read = await Legs.GetAsync(created.Id, user.Id);
        var updated = await Legs.UpdateAsync(created.Id, ItemInputs.Transportation(trip.Id) with { Type = TransportationType.Ferry, Carrier = "P&O" }, user.Id);
        await Legs.DeleteAsync(created.Id, user.Id);

        Assert.Equal((TransportationType.Train, "Eurostar", "London St Pancras", "Paris Nord"), (created.Type, created.Carrier, created.Origin, created.Destination));
        Assert.Equal(created, read);
        Assert.Equal((TransportationType.Ferry, "P&O"), (updated.Type, updated.Carrier));
        await Assert.ThrowsAsync<NotFoundException>(() => Legs.GetAsync(created.Id, user.Id));
    }

    [Fact]
    public async Task Every_transportation_type_is_stored_as_its_lower_case_name_and_read_back()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        foreach (var type in Enum.GetValues<TransportationType>())
        {
            var leg = await Legs.CreateAsync(ItemInputs.Transportation() with { Type = type }, user.Id);

            Assert.Equal(type, (await Legs.GetAsync(leg.Id, user.Id)).Type);
            Assert.Equal(1, await Rows.CountAsync("select count(*) from transportation where id = $1 and type = $2", leg.Id, type.ToString().ToLowerInvariant()));
        }
    }

    [Theory]
    [InlineData("undefined type", "type")]
    [InlineData("blank origin", "origin")]
    [InlineData("arrives before it departs", "arrivalDateTime")]
    public async Task Invalid_transportation_input_is_refused_naming_the_field_and_writes_nothing(string problem, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var valid = ItemInputs.Transportation();
        var input = problem switch
        {
            "undefined type" => valid with { Type = (TransportationType)99 },
            "blank origin" => valid with { Origin = " " },
            _ => valid with { ArrivalDateTime = valid.DepartureDateTime.AddHours(-1) },
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Legs.CreateAsync(input, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from transportation where "userId" = $1""", user.Id));
    }

    [Fact]
    public async Task Another_users_transport_leg_is_not_found_and_another_users_trip_is_refused()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var strangersTrip = await TripBuilder.For(stranger).CreateAsync(Services.Get<ITripService>());
        var leg = await Legs.CreateAsync(ItemInputs.Transportation(), owner.Id);

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Legs.GetAsync(leg.Id, stranger.Id));
        var update = await Assert.ThrowsAsync<NotFoundException>(() => Legs.UpdateAsync(leg.Id, ItemInputs.Transportation(), stranger.Id));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => Legs.DeleteAsync(leg.Id, stranger.Id));
        var create = await Assert.ThrowsAsync<NotFoundException>(() => Legs.CreateAsync(ItemInputs.Transportation(strangersTrip.Id), owner.Id));

        Assert.Equal(("transportation", "transportation", "transportation", "trip"), (read.Resource, update.Resource, delete.Resource, create.Resource));
        Assert.Equal(leg, await Legs.GetAsync(leg.Id, owner.Id));
    }
}
