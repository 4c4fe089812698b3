namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>airports</c>.</summary>
public sealed class EfAirport
{
    public string Iata { get; set; } = "";
    public string? Icao { get; set; }
    public string Name { get; set; } = "";
    public string City { get; set; } = "";
    public string Country { get; set; } = "";
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
    public string? Timezone { get; set; }
}
