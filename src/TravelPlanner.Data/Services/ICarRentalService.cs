using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Car rentals: create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's car rental is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// </summary>
public interface ICarRentalService : ITripItemService<CarRental, CarRentalInput>
{
    /// <summary>Creates a car rental owned by <paramref name="userId"/>, in <see cref="CarRentalInput.TripId"/> when given.</summary>
    /// <exception cref="ValidationException">Company or a location missing or too long, <c>dropoffDateTime</c> not after <c>pickupDateTime</c>, an instant of unspecified kind, a text field too long. Nothing is written.</exception>
    /// <exception cref="NotFoundException">The trip does not exist or is not the user's (resource <c>trip</c>), or no such user.</exception>
    Task<CarRental> CreateCarRentalAsync(CarRentalInput input, Guid userId, CancellationToken cancellationToken = default) => CreateAsync(input, userId, cancellationToken);

    /// <summary>The user's car rental.</summary>
    /// <exception cref="NotFoundException">No such car rental, or another user owns it.</exception>
    Task<CarRental> GetCarRentalAsync(Guid carRentalId, Guid userId, CancellationToken cancellationToken = default) => GetAsync(carRentalId, userId, cancellationToken);

    /// <summary>Replaces every field of the user's car rental; a different <see cref="CarRentalInput.TripId"/> moves it (null makes it standalone).</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateCarRentalAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such car rental or another user owns it (resource <c>carRental</c>), or the target trip is not the user's (resource <c>trip</c>).</exception>
    Task<CarRental> UpdateCarRentalAsync(Guid carRentalId, CarRentalInput input, Guid userId, CancellationToken cancellationToken = default) => UpdateAsync(carRentalId, input, userId, cancellationToken);

    /// <summary>Deletes the user's car rental and its item companions.</summary>
    /// <exception cref="NotFoundException">No such car rental, or another user owns it.</exception>
    Task DeleteCarRentalAsync(Guid carRentalId, Guid userId, CancellationToken cancellationToken = default) => DeleteAsync(carRentalId, userId, cancellationToken);
}
