using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Ground and sea transport legs (train, bus, ferry, ...): create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's transport leg is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// </summary>
public interface ITransportationService : ITripItemService<Transportation, TransportationInput>
{
    /// <summary>Creates a transport leg owned by <paramref name="userId"/>, in <see cref="TransportationInput.TripId"/> when given.</summary>
    /// <exception cref="ValidationException">Undefined type, origin or destination missing or too long, <c>arrivalDateTime</c> not after <c>departureDateTime</c>, an instant of unspecified kind, a text field too long. Nothing is written.</exception>
    /// <exception cref="NotFoundException">The trip does not exist or is not the user's (resource <c>trip</c>), or no such user.</exception>
    Task<Transportation> CreateTransportationAsync(TransportationInput input, Guid userId, CancellationToken cancellationToken = default) => CreateAsync(input, userId, cancellationToken);

    /// <summary>The user's transport leg.</summary>
    /// <exception cref="NotFoundException">No such transport leg, or another user owns it.</exception>
    Task<Transportation> GetTransportationAsync(Guid transportationId, Guid userId, CancellationToken cancellationToken = default) => GetAsync(transportationId, userId, cancellationToken);

    /// <summary>Replaces every field of the user's transport leg; a different <see cref="TransportationInput.TripId"/> moves it (null makes it standalone).</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateTransportationAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such transport leg or another user owns it (resource <c>transportation</c>), or the target trip is not the user's (resource <c>trip</c>).</exception>
    Task<Transportation> UpdateTransportationAsync(Guid transportationId, TransportationInput input, Guid userId, CancellationToken cancellationToken = default) => UpdateAsync(transportationId, input, userId, cancellationToken);

    /// <summary>Deletes the user's transport leg and its item companions.</summary>
    /// <exception cref="NotFoundException">No such transport leg, or another user owns it.</exception>
    Task DeleteTransportationAsync(Guid transportationId, Guid userId, CancellationToken cancellationToken = default) => DeleteAsync(transportationId, userId, cancellationToken);
}
