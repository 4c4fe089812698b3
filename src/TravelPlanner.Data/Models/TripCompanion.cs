namespace TravelPlanner.Data.Models;

/// <summary>A companion profile placed on a trip.</summary>
/// <param name="Id">The link's id.</param>
/// <param name="TripId">The trip.</param>
/// <param name="CompanionId">The companion profile.</param>
/// <param name="CreatedAt">When the companion was added (UTC).</param>
public sealed record TripCompanion(Guid Id, Guid TripId, Guid CompanionId, DateTime CreatedAt);
