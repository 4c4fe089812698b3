namespace TravelPlanner.Data.Models;

/// <summary>An event (concert, meeting, tour, ...). Named <c>TravelEvent</c> because <c>Event</c> is a keyword in other .NET languages.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="TripId">The trip it belongs to, or null when standalone.</param>
/// <param name="Name">Event name.</param>
/// <param name="Location">Where it takes place, or null.</param>
/// <param name="StartDateTime">Start instant (UTC).</param>
/// <param name="EndDateTime">End instant (UTC), not before the start (equal for a moment).</param>
/// <param name="Notes">Free-text notes, or null.</param>
/// <param name="CreatedAt">When the event was created (UTC).</param>
/// <param name="UpdatedAt">When the event last changed (UTC).</param>
public sealed record TravelEvent(
    Guid Id,
    Guid UserId,
    Guid? TripId,
    string Name,
    string? Location,
    DateTime StartDateTime,
    DateTime EndDateTime,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt);
