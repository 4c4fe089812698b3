using BenchmarkDotNet.Attributes;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// Get trip by id. The library's only public read of one trip is the details call, so this reads an empty
/// trip through it: the trip row plus seven empty result sets, one round trip.
/// </summary>
[BenchmarkCategory("get-trip")]
public class GetTripBenchmarks : ContenderBenchmark
{
    [Benchmark(Description = "library ITripService.GetTripWithDetailsAsync")]
    public Task<TripDetails> Library() => Run.Trips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner);

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<TripDetails?> Raw() => Run.RawTrips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner);

    [Benchmark(Description = "EF Core")]
    public Task<TripDetails?> EfCore() => Run.EfTrips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner);
}
