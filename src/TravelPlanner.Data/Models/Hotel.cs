namespace TravelPlanner.Data.Models;

/// <summary>A hotel stay.</summary>
/// <param name="Id">The stay's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="TripId">The trip it belongs to, or null when standalone.</param>
/// <param name="Name">Hotel name.</param>
/// <param name="Address">Address, or null.</param>
/// <param name="CheckInDateTime">Check-in instant (UTC).</param>
/// <param name="CheckOutDateTime">Check-out instant (UTC), after check-in.</param>
/// <param name="ConfirmationNumber">Booking number, or null.</param>
/// <param name="Notes">Free-text notes, or null.</param>
/// <param name="CreatedAt">When the stay was created (UTC).</param>
/// <param name="UpdatedAt">When the stay last changed (UTC).</param>
public sealed record Hotel(
    Guid Id,
    Guid UserId,
    Guid? TripId,
    string Name,
    string? Address,
    DateTime CheckInDateTime,
    DateTime CheckOutDateTime,
    string? ConfirmationNumber,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt);
