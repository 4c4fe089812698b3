using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Flights: create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's flight is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// </summary>
public interface IFlightService : ITripItemService<Flight, FlightInput>
{
    /// <summary>Creates a flight owned by <paramref name="userId"/>, in <see cref="FlightInput.TripId"/> when given.</summary>
    /// <exception cref="ValidationException">Flight number missing or not shaped like <c>AA100</c>/<c>BAW123</c>, origin or destination missing or over 10 characters, <c>arrivalDateTime</c> not after <c>departureDateTime</c>, an instant of unspecified kind, a text field too long. Nothing is written.</exception>
    /// <exception cref="NotFoundException">The trip does not exist or is not the user's (resource <c>trip</c>), or no such user.</exception>
    Task<Flight> CreateFlightAsync(FlightInput input, Guid userId, CancellationToken cancellationToken = default) => CreateAsync(input, userId, cancellationToken);

    /// <summary>The user's flight.</summary>
    /// <exception cref="NotFoundException">No such flight, or another user owns it.</exception>
    Task<Flight> GetFlightAsync(Guid flightId, Guid userId, CancellationToken cancellationToken = default) => GetAsync(flightId, userId, cancellationToken);

    /// <summary>Replaces every field of the user's flight; a different <see cref="FlightInput.TripId"/> moves it (null makes it standalone).</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateFlightAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such flight or another user owns it (resource <c>flight</c>), or the target trip is not the user's (resource <c>trip</c>).</exception>
    Task<Flight> UpdateFlightAsync(Guid flightId, FlightInput input, Guid userId, CancellationToken cancellationToken = default) => UpdateAsync(flightId, input, userId, cancellationToken);

    /// <summary>Deletes the user's flight and its item companions.</summary>
    /// <exception cref="NotFoundException">No such flight, or another user owns it.</exception>
    Task DeleteFlightAsync(Guid flightId, Guid userId, CancellationToken cancellationToken = default) => DeleteAsync(flightId, userId, cancellationToken);
}
