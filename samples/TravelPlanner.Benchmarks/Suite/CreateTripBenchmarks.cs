using BenchmarkDotNet.Attributes;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>Create trip: one insert returning the row, for the writer user (the owner's lists stay as seeded).</summary>
[BenchmarkCategory("create-trip")]
public class CreateTripBenchmarks : ContenderBenchmark
{
    private static readonly CreateTrip Command = new(
        "Benchmark trip", new DateOnly(2031, 3, 1), new DateOnly(2031, 3, 9), TripPurpose.Business, "Created by the benchmark");

    [Benchmark(Description = "library ITripService.CreateTripAsync")]
    public Task<Trip> Library() => Run.Trips.CreateTripAsync(Command, BenchmarkIds.Writer);

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<Trip> Raw() => Run.RawTrips.CreateTripAsync(BenchmarkIds.Writer, Command);

    [Benchmark(Description = "EF Core")]
    public Task<Trip> EfCore() => Run.EfTrips.CreateTripAsync(BenchmarkIds.Writer, Command);
}
