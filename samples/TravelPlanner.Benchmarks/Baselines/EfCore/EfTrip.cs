namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>trips</c>, mapped for the EF Core baseline.</summary>
public sealed class EfTrip
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly DepartureDate { get; set; }
    public DateOnly ReturnDate { get; set; }
    public string Purpose { get; set; } = "pleasure";
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<EfFlight> Flights { get; set; } = [];
    public List<EfHotel> Hotels { get; set; } = [];
    public List<EfTransportation> Transportation { get; set; } = [];
    public List<EfCarRental> CarRentals { get; set; } = [];
    public List<EfEvent> Events { get; set; } = [];
    public List<EfTripCompanion> Companions { get; set; } = [];
    public List<EfTripInvitation> Invitations { get; set; } = [];
}
