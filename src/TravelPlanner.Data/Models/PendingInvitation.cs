namespace TravelPlanner.Data.Models;

/// <summary>A pending invitation as its invitee sees it: which trip, and who sent it.</summary>
/// <param name="Id">The invitation's id (to accept or decline it).</param>
/// <param name="TripId">The trip.</param>
/// <param name="TripName">The trip's name.</param>
/// <param name="DepartureDate">The trip's departure date.</param>
/// <param name="ReturnDate">The trip's return date.</param>
/// <param name="InvitedBy">The inviting user (the trip's owner).</param>
/// <param name="InviterName">The inviting user's first and last name.</param>
/// <param name="CreatedAt">When it was sent (UTC).</param>
public sealed record PendingInvitation(
    Guid Id,
    Guid TripId,
    string TripName,
    DateOnly DepartureDate,
    DateOnly ReturnDate,
    Guid InvitedBy,
    string InviterName,
    DateTime CreatedAt);
