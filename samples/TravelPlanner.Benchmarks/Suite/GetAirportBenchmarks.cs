using BenchmarkDotNet.Attributes;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>A primary-key read of one row (airport by IATA code): the purest measure of the repository path's overhead.</summary>
[BenchmarkCategory("get-airport")]
public class GetAirportBenchmarks : ContenderBenchmark
{
    [Benchmark(Description = "library IAirportService.GetAirportByCodeAsync")]
    public Task<Airport> Library() => Run.Airports.GetAirportByCodeAsync("LHR");

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<Airport?> Raw() => Run.RawAirports.GetAirportByCodeAsync("LHR");

    [Benchmark(Description = "EF Core")]
    public Task<Airport?> EfCore() => Run.EfAirports.GetAirportByCodeAsync("LHR");
}
