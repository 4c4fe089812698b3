namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>events</c>.</summary>
public sealed class EfEvent
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid? TripId { get; set; }
    public string Name { get; set; } = "";
    public string? Location { get; set; }
    public DateTime StartDateTime { get; set; }
    public DateTime EndDateTime { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
