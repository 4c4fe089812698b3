namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>travel_companions</c>.</summary>
public sealed class EfTravelCompanion
{
    public Guid Id { get; set; }
    public Guid CreatedBy { get; set; }
    public Guid? UserId { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Relationship { get; set; }
}
