namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>users</c> (the columns a traveller's name needs).</summary>
public sealed class EfUser
{
    public Guid Id { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
}
