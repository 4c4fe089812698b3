namespace TravelPlanner.Data.Models;

/// <summary>A companion profile on a trip, as <see cref="Services.ITripService.GetTripWithDetailsAsync"/> lists it.</summary>
/// <param name="CompanionId">The companion profile's id.</param>
/// <param name="Name">The companion's name.</param>
/// <param name="Email">E-mail, or null.</param>
/// <param name="Relationship">Relationship to the profile's creator, or null.</param>
/// <param name="UserId">The linked user account, or null.</param>
/// <param name="AddedAt">When the companion was added to the trip (UTC).</param>
public sealed record TripCompanionSummary(
    Guid CompanionId,
    string Name,
    string? Email,
    string? Relationship,
    Guid? UserId,
    DateTime AddedAt);
