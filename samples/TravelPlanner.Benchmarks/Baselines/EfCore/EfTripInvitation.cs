namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>trip_invitations</c>.</summary>
public sealed class EfTripInvitation
{
    public Guid Id { get; set; }
    public Guid TripId { get; set; }
    public Guid InvitedUserId { get; set; }
    public string Status { get; set; } = "";
}
