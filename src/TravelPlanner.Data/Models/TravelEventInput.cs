namespace TravelPlanner.Data.Models;

/// <summary>An event to create, or the full new state of one to update (<see cref="Services.IEventService"/>).</summary>
/// <param name="Name">Required, at most 255 characters.</param>
/// <param name="StartDateTime">Start instant (UTC or local; unspecified kind is refused).</param>
/// <param name="EndDateTime">End instant, not before <paramref name="StartDateTime"/>.</param>
/// <param name="TripId">One of the owner's trips, or null for a standalone event.</param>
/// <param name="Location">Optional, at most 255 characters.</param>
/// <param name="Notes">Optional, at most 10,000 characters.</param>
public sealed record TravelEventInput(
    string Name,
    DateTime StartDateTime,
    DateTime EndDateTime,
    Guid? TripId = null,
    string? Location = null,
    string? Notes = null) : ITripItemInput;
