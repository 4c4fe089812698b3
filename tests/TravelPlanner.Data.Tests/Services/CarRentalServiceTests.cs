using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class CarRentalServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private ICarRentalService Rentals => Services.Get<ICarRentalService>();

    [Fact]
    public async Task A_car_rental_is_created_read_updated_and_deleted_by_its_owner()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Services.Get<ITripService>());

        var created = await Rentals.CreateAsync(ItemInputs.CarRental(trip.Id), user.Id);
        var read = await Rentals.GetAsync(created.Id, user.Id);
        var updated = await Rentals.UpdateAsync(created.Id, ItemInputs.CarRental(trip.Id) with { Company = "Avis", DropoffLocation = "Gatwick" }, user.Id);
        await Rentals.DeleteAsync(created.Id, user.Id);

        Assert.Equal((trip.Id, "Hertz", "LHR Terminal 5", "HZ-7"), (created.TripId, created.Company, created.PickupLocation, created.ConfirmationNumber));
        Assert.Equal((ItemInputs.Start, ItemInputs.Start.AddDays(3)), (created.PickupDateTime, created.DropoffDateTime));
        Assert.Equal(created, read);
        Assert.Equal(("Avis", "Gatwick"), (updated.Company, updated.DropoffLocation));
        await Assert.ThrowsAsync<NotFoundException>(() => Rentals.GetAsync(created.Id, user.Id));
    }

    [Theory]
    [InlineData("blank company", "company")]
    [InlineData("blank pickup location", "pickupLocation")]
    [InlineData("drops off before pickup", "dropoffDateTime")]
    public async Task Invalid_car_rental_input_is_refused_naming_the_field_and_writes_nothing(string problem, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var valid = ItemInputs.CarRental();
        var input = problem switch
        {
            "blank company" => valid with { Company = "" },
            "blank pickup location" => valid with { PickupLocation = " " },
            _ => valid with { DropoffDateTime = valid.PickupDateTime.AddDays(-1) },
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Rentals.CreateAsync(input, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from car_rentals where "userId" = $1""", user.Id));
    }

    [Fact]
    public async Task Another_users_car_rental_is_not_found_and_another_users_trip_is_refused()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var strangersTrip = await TripBuilder.For(stranger).CreateAsync(Services.Get<ITripService>());
        var rental = await Rentals.CreateAsync(ItemInputs.CarRental(), owner.Id);

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Rentals.GetAsync(rental.Id, stranger.Id));
        var update = await Assert.ThrowsAsync<NotFoundException>(() => Rentals.UpdateAsync(rental.Id, ItemInputs.CarRental(), stranger.Id));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => Rentals.DeleteAsync(rental.Id, stranger.Id));
        var create = await Assert.ThrowsAsync<NotFoundException>(() => Rentals.CreateAsync(ItemInputs.CarRental(strangersTrip.Id), owner.Id));

        Assert.Equal(("carRental", "carRental", "carRental", "trip"), (read.Resource, update.Resource, delete.Resource, create.Resource));
        Assert.Equal(rental, await Rentals.GetAsync(rental.Id, owner.Id));
    }
}
