namespace TravelPlanner.Data.Models;

/// <summary>A car rental to create, or the full new state of one to update (<see cref="Services.ICarRentalService"/>).</summary>
/// <param name="Company">Required, at most 255 characters.</param>
/// <param name="PickupLocation">Required, at most 255 characters.</param>
/// <param name="DropoffLocation">Required, at most 255 characters.</param>
/// <param name="PickupDateTime">Pick-up instant (UTC or local; unspecified kind is refused).</param>
/// <param name="DropoffDateTime">Drop-off instant, after <paramref name="PickupDateTime"/>.</param>
/// <param name="TripId">One of the owner's trips, or null for a standalone rental.</param>
/// <param name="ConfirmationNumber">Optional, at most 50 characters.</param>
/// <param name="Notes">Optional, at most 10,000 characters.</param>
public sealed record CarRentalInput(
    string Company,
    string PickupLocation,
    string DropoffLocation,
    DateTime PickupDateTime,
    DateTime DropoffDateTime,
    Guid? TripId = null,
    string? ConfirmationNumber = null,
    string? Notes = null) : ITripItemInput;
