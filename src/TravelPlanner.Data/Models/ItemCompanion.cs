namespace TravelPlanner.Data.Models;

/// <summary>A traveller assigned to one trip item.</summary>
/// <param name="Id">The assignment's id.</param>
/// <param name="ItemType">Kind of item.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="TravelerType">Whether the traveller is the owner or a companion profile.</param>
/// <param name="TravelerId">User id (for <see cref="TravelerType.User"/>) or companion id.</param>
/// <param name="TravelerName">The companion's name or the user's first and last name.</param>
/// <param name="CreatedAt">When the traveller was assigned (UTC).</param>
public sealed record ItemCompanion(
    Guid Id,
    ItemType ItemType,
    Guid ItemId,
    TravelerType TravelerType,
    Guid TravelerId,
    string? TravelerName,
    DateTime CreatedAt);
