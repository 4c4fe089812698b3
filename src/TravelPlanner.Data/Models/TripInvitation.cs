namespace TravelPlanner.Data.Models;

/// <summary>An invitation for a registered user to share a trip.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="TripId">The trip.</param>
/// <param name="InvitedUserId">The invited user.</param>
/// <param name="InvitedBy">The trip's owner, who sent it.</param>
/// <param name="Status">One of <see cref="TripInvitationStatus"/>: <c>pending</c>, <c>accepted</c> or <c>declined</c>.</param>
/// <param name="CreatedAt">When it was sent (UTC).</param>
/// <param name="UpdatedAt">When its status last changed (UTC).</param>
public sealed record TripInvitation(Guid Id, Guid TripId, Guid InvitedUserId, Guid InvitedBy, string Status, DateTime CreatedAt, DateTime UpdatedAt);
