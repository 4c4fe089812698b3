namespace TravelPlanner.Data.Models;

/// <summary>
/// The new state of a trip for <see cref="Services.ITripService.UpdateTripAsync"/>: every field is
/// replaced (the rules are those of <see cref="CreateTrip"/>).
/// </summary>
/// <param name="Name">Name or title: required, at most 255 characters, trimmed.</param>
/// <param name="DepartureDate">First day of the trip.</param>
/// <param name="ReturnDate">Last day of the trip: on or after <paramref name="DepartureDate"/>.</param>
/// <param name="Purpose">Why the trip is made.</param>
/// <param name="Description">Optional notes, at most 10,000 characters; blank or null clears them.</param>
public sealed record UpdateTrip(
    string Name,
    DateOnly DepartureDate,
    DateOnly ReturnDate,
    TripPurpose Purpose = TripPurpose.Pleasure,
    string? Description = null);
