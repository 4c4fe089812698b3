namespace TravelPlanner.Data.Models;

/// <summary>A car rental.</summary>
/// <param name="Id">The rental's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="TripId">The trip it belongs to, or null when standalone.</param>
/// <param name="Company">Rental company.</param>
/// <param name="PickupLocation">Where the car is collected.</param>
/// <param name="DropoffLocation">Where the car is returned.</param>
/// <param name="PickupDateTime">Pick-up instant (UTC).</param>
/// <param name="DropoffDateTime">Drop-off instant (UTC), after pick-up.</param>
/// <param name="ConfirmationNumber">Booking number, or null.</param>
/// <param name="Notes">Free-text notes, or null.</param>
/// <param name="CreatedAt">When the rental was created (UTC).</param>
/// <param name="UpdatedAt">When the rental last changed (UTC).</param>
public sealed record CarRental(
    Guid Id,
    Guid UserId,
    Guid? TripId,
    string Company,
    string PickupLocation,
    string DropoffLocation,
    DateTime PickupDateTime,
    DateTime DropoffDateTime,
    string? ConfirmationNumber,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt);
