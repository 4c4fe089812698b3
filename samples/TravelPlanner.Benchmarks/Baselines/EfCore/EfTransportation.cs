namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>transportation</c>.</summary>
public sealed class EfTransportation
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid? TripId { get; set; }
    public string Type { get; set; } = "";
    public string? Carrier { get; set; }
    public string Origin { get; set; } = "";
    public string Destination { get; set; } = "";
    public DateTime DepartureDateTime { get; set; }
    public DateTime ArrivalDateTime { get; set; }
    public string? ConfirmationNumber { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
