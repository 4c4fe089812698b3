namespace TravelPlanner.Data.Models;

/// <summary>What <see cref="Services.ITripService.CreateTripAsync"/> needs to create a trip.</summary>
/// <param name="Name">Name or title: required, at most 255 characters, trimmed.</param>
/// <param name="DepartureDate">First day of the trip.</param>
/// <param name="ReturnDate">Last day of the trip: on or after <paramref name="DepartureDate"/>.</param>
/// <param name="Purpose">Why the trip is made (default <see cref="TripPurpose.Pleasure"/>).</param>
/// <param name="Description">Optional notes, at most 10,000 characters; blank is stored as null.</param>
public sealed record CreateTrip(
    string Name,
    DateOnly DepartureDate,
    DateOnly ReturnDate,
    TripPurpose Purpose = TripPurpose.Pleasure,
    string? Description = null);
