using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>CarRental CRUD over <see cref="CarRentalRepository"/>; ownership is part of every statement.</summary>
internal sealed class CarRentalService(CarRentalRepository repository, ICacheInvalidator invalidator) : ICarRentalService
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<CarRental> CreateCarRentalAsync(CarRentalInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var created = await repository.InsertCarRentalAsync(userId, Fields(input), cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // the trip's item counts changed
        return created;
    }

    public async Task<CarRental> GetCarRentalAsync(Guid carRentalId, Guid userId, CancellationToken cancellationToken = default) =>
        await repository.GetCarRentalAsync(carRentalId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("carRental", carRentalId);

    public async Task<CarRental> UpdateCarRentalAsync(Guid carRentalId, CarRentalInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var fields = Fields(input);
        var updated = await repository.UpdateCarRentalAsync(carRentalId, userId, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("carRental", carRentalId);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // it may have moved between trips
        return updated;
    }

    public async Task DeleteCarRentalAsync(Guid carRentalId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await repository.DeleteCarRentalAsync(carRentalId, userId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new NotFoundException("carRental", carRentalId);
        }

        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
    }

    private static CarRentalFields Fields(CarRentalInput input)
    {
        Validate.Present(input, "input");
        var company = Validate.Required(input.Company, "company", 255);
        var pickupLocation = Validate.Required(input.PickupLocation, "pickupLocation", 255);
        var dropoffLocation = Validate.Required(input.DropoffLocation, "dropoffLocation", 255);
        var pickup = Validate.Utc(input.PickupDateTime, "pickupDateTime");
        var dropoff = Validate.Utc(input.DropoffDateTime, "dropoffDateTime");
        Validate.After(pickup, dropoff, "dropoffDateTime", "pickupDateTime");
        return new CarRentalFields(
            Validate.OptionalId(input.TripId, "tripId"),
            company,
            pickupLocation,
            dropoffLocation,
            pickup,
            dropoff,
            Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }
}
