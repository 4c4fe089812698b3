namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>car_rentals</c>.</summary>
public sealed class EfCarRental
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid? TripId { get; set; }
    public string Company { get; set; } = "";
    public string PickupLocation { get; set; } = "";
    public string DropoffLocation { get; set; } = "";
    public DateTime PickupDateTime { get; set; }
    public DateTime DropoffDateTime { get; set; }
    public string? ConfirmationNumber { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
