using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class HotelServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private IHotelService Hotels => Services.Get<IHotelService>();

    [Fact]
    public async Task A_hotel_stay_is_created_read_updated_and_deleted_by_its_owner()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Services.Get<ITripService>());

        var created = await Hotels.CreateAsync(ItemInputs.Hotel(trip.Id) with { Name = " Savoy " }, user.Id);
        var read = await Hotels.GetAsync(created.Id, user.Id);
        var updated = await Hotels.UpdateAsync(created.Id, ItemInputs.Hotel() with { Name = "Ritz", Address = null }, user.Id);
        await Hotels.DeleteAsync(created.Id, user.Id);

        Assert.Equal((trip.Id, "Savoy", "Strand, London", "H-42"), (created.TripId, created.Name, created.Address, created.ConfirmationNumber));
        Assert.Equal((ItemInputs.Start, ItemInputs.Start.AddDays(2)), (created.CheckInDateTime, created.CheckOutDateTime));
        Assert.Equal(created, read);
        Assert.Equal(((Guid?)null, "Ritz", (string?)null), (updated.TripId, updated.Name, updated.Address));
        await Assert.ThrowsAsync<NotFoundException>(() => Hotels.GetAsync(created.Id, user.Id));
    }

    [Theory]
    [InlineData("blank name", "name")]
    [InlineData("checks out when it checks in", "checkOutDateTime")]
    [InlineData("unspecified check-in kind", "checkInDateTime")]
    [InlineData("confirmation too long", "confirmationNumber")]
    public async Task Invalid_hotel_input_is_refused_naming_the_field_and_writes_nothing(string problem, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var valid = ItemInputs.Hotel();
        var input = problem switch
        {
            "blank name" => valid with { Name = "" },
            "checks out when it checks in" => valid with { CheckOutDateTime = valid.CheckInDateTime },
            "unspecified check-in kind" => valid with { CheckInDateTime = DateTime.SpecifyKind(valid.CheckInDateTime, DateTimeKind.Unspecified) },
            _ => valid with { ConfirmationNumber = new string('c', 51) },
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Hotels.CreateAsync(input, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from hotels where "userId" = $1""", user.Id));
    }

    [Fact]
    public async Task Another_users_hotel_stay_is_not_found_and_another_users_trip_is_refused()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var strangersTrip = await TripBuilder.For(stranger).CreateAsync(Services.Get<ITripService>());
        var hotel = await Hotels.CreateAsync(ItemInputs.Hotel(), owner.Id);

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Hotels.GetAsync(hotel.Id, stranger.Id));
        var update = await Assert.ThrowsAsync<NotFoundException>(() => Hotels.UpdateAsync(hotel.Id, ItemInputs.Hotel(), stranger.Id));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => Hotels.DeleteAsync(hotel.Id, stranger.Id));
        var move = await Assert.ThrowsAsync<NotFoundException>(() => Hotels.UpdateAsync(hotel.Id, ItemInputs.Hotel(strangersTrip.Id), owner.Id));

        Assert.Equal(("hotel", "hotel", "hotel", "trip"), (read.Resource, update.Resource, delete.Resource, move.Resource));
        Assert.Equal(hotel, await Hotels.GetAsync(hotel.Id, owner.Id));
    }
}
