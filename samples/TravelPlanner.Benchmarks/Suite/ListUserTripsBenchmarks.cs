using BenchmarkDotNet.Attributes;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>List user trips: page 1 of 20 upcoming trips (of 30) with their item counts, and the total.</summary>
[BenchmarkCategory("list-user-trips")]
public class ListUserTripsBenchmarks : ContenderBenchmark
{
    public const int Limit = 20;

    [Benchmark(Description = "library ITripService.GetUserTripsAsync")]
    public Task<PagedResult<TripSummary>> Library() => Run.Trips.GetUserTripsAsync(BenchmarkIds.Owner, TripFilter.Upcoming, 1, Limit);

    [Benchmark(Baseline = true, Description = "raw Npgsql")]
    public Task<PagedResult<TripSummary>> Raw() => Run.RawTrips.ListUserTripsAsync(BenchmarkIds.Owner, "upcoming", Contenders.Today, 1, Limit);

    [Benchmark(Description = "EF Core")]
    public Task<PagedResult<TripSummary>> EfCore() => Run.EfTrips.ListUpcomingTripsAsync(BenchmarkIds.Owner, Contenders.Today, 1, Limit);
}
