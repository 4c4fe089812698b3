using BenchmarkDotNet.Attributes;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>Airport search, limit 10, on the full airport data set (trigram indexes).</summary>
[BenchmarkCategory("airport-search")]
public class AirportSearchBenchmarks : ContenderBenchmark
{
    [Params("chicago", "lon", "LHR")]
    public string Query { get; set; } = "";

    [Benchmark(Description = "library IAirportService.SearchAirportsAsync")]
    public Task<IReadOnlyList<Airport>> Library() => Run.Airports.SearchAirportsAsync(Query, 10);

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<List<Airport>> Raw() => Run.RawAirports.SearchAirportsAsync(Query, 10);

    [Benchmark(Description = "EF Core")]
    public Task<List<Airport>> EfCore() => Run.EfAirports.SearchAirportsAsync(Query, 10);
}
