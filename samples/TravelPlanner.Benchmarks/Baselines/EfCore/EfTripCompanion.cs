namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>trip_companions</c>.</summary>
public sealed class EfTripCompanion
{
    public Guid Id { get; set; }
    public Guid TripId { get; set; }
    public Guid CompanionId { get; set; }
    public DateTime CreatedAt { get; set; }
    public EfTravelCompanion Companion { get; set; } = null!;
}
