using BenchmarkDotNet.Attributes;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>Trip with details: 20 items, 5 companions, 16 item travellers (round trips: see the verify table).</summary>
[BenchmarkCategory("trip-details")]
public class TripDetailsBenchmarks : ContenderBenchmark
{
    [Benchmark(Description = "library ITripService.GetTripWithDetailsAsync")]
    public Task<TripDetails> Library() => Run.Trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<TripDetails?> Raw() => Run.RawTrips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);

    [Benchmark(Description = "EF Core")]
    public Task<TripDetails?> EfCore() => Run.EfTrips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);
}
