namespace TravelPlanner.Data.Models;

/// <summary>A trip as stored.</summary>
/// <param name="Id">The trip's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="Name">Name or title (1-255 characters).</param>
/// <param name="DepartureDate">First day of the trip.</param>
/// <param name="ReturnDate">Last day of the trip; never before <paramref name="DepartureDate"/>.</param>
/// <param name="Purpose">Why the trip is made.</param>
/// <param name="Description">Free-text notes, or null.</param>
/// <param name="CreatedAt">When the trip was created (UTC).</param>
/// <param name="UpdatedAt">When the trip last changed (UTC).</param>
public sealed record Trip(
    Guid Id,
    Guid UserId,
    string Name,
    DateOnly DepartureDate,
    DateOnly ReturnDate,
    TripPurpose Purpose,
    string? Description,
    DateTime CreatedAt,
    DateTime UpdatedAt);
