namespace TravelPlanner.Data.Models;

/// <summary>A hotel stay to create, or the full new state of one to update (<see cref="Services.IHotelService"/>).</summary>
/// <param name="Name">Required, at most 255 characters.</param>
/// <param name="CheckInDateTime">Check-in instant (UTC or local; unspecified kind is refused).</param>
/// <param name="CheckOutDateTime">Check-out instant, after <paramref name="CheckInDateTime"/>.</param>
/// <param name="TripId">One of the owner's trips, or null for a standalone stay.</param>
/// <param name="Address">Optional, at most 10,000 characters.</param>
/// <param name="ConfirmationNumber">Optional, at most 50 characters.</param>
/// <param name="Notes">Optional, at most 10,000 characters.</param>
public sealed record HotelInput(
    string Name,
    DateTime CheckInDateTime,
    DateTime CheckOutDateTime,
    Guid? TripId = null,
    string? Address = null,
    string? ConfirmationNumber = null,
    string? Notes = null) : ITripItemInput;
