namespace TravelPlanner.Data.Models;

/// <summary>A trip in a list (<see cref="Services.ITripService.GetUserTripsAsync"/>, <see cref="Services.ITripService.SearchTripsAsync"/>) with the number of items of each type.</summary>
/// <param name="Id">The trip's id.</param>
/// <param name="UserId">The owner (another user's id when <paramref name="IsShared"/>).</param>
/// <param name="Name">Name or title.</param>
/// <param name="DepartureDate">First day of the trip.</param>
/// <param name="ReturnDate">Last day of the trip.</param>
/// <param name="Purpose">Why the trip is made.</param>
/// <param name="Description">Free-text notes, or null.</param>
/// <param name="CreatedAt">When the trip was created (UTC).</param>
/// <param name="UpdatedAt">When the trip last changed (UTC).</param>
/// <param name="IsShared">True when another user owns the trip and shared it through an accepted invitation (read-only to this user).</param>
/// <param name="FlightCount">Flights in the trip.</param>
/// <param name="HotelCount">Hotel stays in the trip.</param>
/// <param name="TransportationCount">Ground and sea transport legs in the trip.</param>
/// <param name="CarRentalCount">Car rentals in the trip.</param>
/// <param name="EventCount">Events in the trip.</param>
public sealed record TripSummary(
    Guid Id,
    Guid UserId,
    string Name,
    DateOnly DepartureDate,
    DateOnly ReturnDate,
    TripPurpose Purpose,
    string? Description,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    bool IsShared,
    int FlightCount,
    int HotelCount,
    int TransportationCount,
    int CarRentalCount,
    int EventCount);
