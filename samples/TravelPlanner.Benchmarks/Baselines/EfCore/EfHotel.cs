namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>hotels</c>.</summary>
public sealed class EfHotel
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid? TripId { get; set; }
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public DateTime CheckInDateTime { get; set; }
    public DateTime CheckOutDateTime { get; set; }
    public string? ConfirmationNumber { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
