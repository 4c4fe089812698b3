namespace TravelPlanner.Data.Models;

/// <summary>The values of <see cref="TripInvitation.Status"/> (lower case, as the seed stores them).</summary>
public static class TripInvitationStatus
{
    /// <summary>Sent, not answered yet.</summary>
    public const string Pending = "pending";

    /// <summary>The invitee accepted: they can read the trip, never change it.</summary>
    public const string Accepted = "accepted";

    /// <summary>The invitee declined; the owner may invite them again.</summary>
    public const string Declined = "declined";
}
