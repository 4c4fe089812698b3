namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>item_companions</c> (polymorphic: no navigation, as there is no foreign key).</summary>
public sealed class EfItemCompanion
{
    public Guid Id { get; set; }
    public string ItemType { get; set; } = "";
    public Guid ItemId { get; set; }
    public string TravelerType { get; set; } = "";
    public Guid TravelerId { get; set; }
    public DateTime CreatedAt { get; set; }
}
