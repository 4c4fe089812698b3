using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Events: create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's event is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// </summary>
public interface IEventService : ITripItemService<TravelEvent, TravelEventInput>
{
    /// <summary>Creates an event owned by <paramref name="userId"/>, in <see cref="TravelEventInput.TripId"/> when given.</summary>
    /// <exception cref="ValidationException">Name missing or too long, <c>endDateTime</c> before <c>startDateTime</c>, an instant of unspecified kind, a text field too long. Nothing is written.</exception>
    /// <exception cref="NotFoundException">The trip does not exist or is not the user's (resource <c>trip</c>), or no such user.</exception>
    Task<TravelEvent> CreateEventAsync(TravelEventInput input, Guid userId, CancellationToken cancellationToken = default) => CreateAsync(input, userId, cancellationToken);

    /// <summary>The user's event.</summary>
    /// <exception cref="NotFoundException">No such event, or another user owns it.</exception>
    Task<TravelEvent> GetEventAsync(Guid eventId, Guid userId, CancellationToken cancellationToken = default) => GetAsync(eventId, userId, cancellationToken);

    /// <summary>Replaces every field of the user's event; a different <see cref="TravelEventInput.TripId"/> moves it (null makes it standalone).</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateEventAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such event or another user owns it (resource <c>event</c>), or the target trip is not the user's (resource <c>trip</c>).</exception>
    Task<TravelEvent> UpdateEventAsync(Guid eventId, TravelEventInput input, Guid userId, CancellationToken cancellationToken = default) => UpdateAsync(eventId, input, userId, cancellationToken);

    /// <summary>Deletes the user's event and its item companions.</summary>
    /// <exception cref="NotFoundException">No such event, or another user owns it.</exception>
    Task DeleteEventAsync(Guid eventId, Guid userId, CancellationToken cancellationToken = default) => DeleteAsync(eventId, userId, cancellationToken);
}
