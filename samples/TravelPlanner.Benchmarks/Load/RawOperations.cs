using TravelPlanner.Benchmarks.Baselines.Raw;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// The single operations through the raw Npgsql floor (same statements, same parameters as the library's and
/// pgbench's), so the ceiling table shows how much of the gap to pgbench is the driver's and the runtime's.
/// </summary>
internal static class RawOperations
{
    public static IReadOnlyList<LoadOperation> Single(Contenders run, string name)
    {
        var today = Contenders.Today;
        Func<LoadContext, Task> call = name switch
        {
            "get-airport" => _ => run.RawAirports.GetAirportByCodeAsync("LHR"),
            "get-trip" => _ => run.RawTrips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner),
            "list-user-trips" => _ => run.RawTrips.ListUserTripsAsync(BenchmarkIds.Owner, "upcoming", today, 1, 20),
            "trip-details" => _ => run.RawTrips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner),
            "airport-search" => _ => run.RawAirports.SearchAirportsAsync("chicago", 10),
            "voucher-attach" => c => run.RawVouchers.AttachAsync(BenchmarkIds.Voucher(c.Client + 1), BenchmarkIds.AttachFlight, BenchmarkIds.Owner, 0.01m, today),
            "create-trip" => _ => run.RawTrips.CreateTripAsync(BenchmarkIds.Writer, LoadOperations.PgbenchTrip),
            _ => throw new ArgumentException($"Unknown operation '{name}'.", nameof(name)),
        };
        return [new LoadOperation(name, 1, call)];
    }
}
