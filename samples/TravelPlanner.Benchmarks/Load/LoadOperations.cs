using Microsoft.Extensions.DependencyInjection;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// The workloads: the mixed one over random seeded users, and single operations on the fixed benchmark rows
/// (the parameters the pgbench scripts use), for the ceiling comparison.
/// </summary>
internal static class LoadOperations
{
    /// <summary>The single operations, by the names the pgbench scripts carry.</summary>
    public static readonly string[] Singles = ["get-airport", "get-trip", "list-user-trips", "trip-details", "airport-search", "voucher-attach", "create-trip"];

    private static readonly string[] SearchTerms = ["chicago", "lon", "LHR", "paris", "new york", "tokyo", "san", "frankfurt"];
    private static readonly string[] Codes = ["LHR", "ORD", "JFK", "CDG", "FRA", "AMS", "MDW", "LAX", "SFO", "NRT", "HND", "DXB", "SIN", "MAD", "BCN", "LIS"];

    public static IReadOnlyList<LoadOperation> Mixed(IServiceProvider services, SeededUsers users)
    {
        var trips = services.GetRequiredService<ITripService>();
        var airports = services.GetRequiredService<IAirportService>();
        var vouchers = services.GetRequiredService<IVoucherService>();
        return
        [
            new("list-user-trips", 30, c => trips.GetUserTripsAsync(SeededUsers.UserId(users.PickUser(c.Random)), TripFilter.All, 1, 20)),
            new("trip-details", 20, c =>
            {
                var n = users.PickUser(c.Random);
                return trips.GetTripWithDetailsAsync(users.PickTrip(n, c.Random), SeededUsers.UserId(n));
            }),
            new("airport-search", 15, c => airports.SearchAirportsAsync(SearchTerms[c.Random.Next(SearchTerms.Length)], 10)),
            new("get-airport", 10, c => airports.GetAirportByCodeAsync(Codes[c.Random.Next(Codes.Length)])),
            new("trip-statistics", 5, c => trips.GetTripStatisticsAsync(SeededUsers.UserId(users.PickUser(c.Random)))),
            new("create-trip", 10, c => trips.CreateTripAsync(NewTrip(c), SeededUsers.UserId(users.PickUser(c.Random)))),
            new("voucher-attach", 10, c =>
            {
                var n = users.PickUser(c.Random);
                var (flight, voucher) = users.WriteTargets(n);
                var user = SeededUsers.UserId(n);
                return vouchers.AttachVoucherToFlightAsync(voucher, flight, "USER", user, 0.01m, user);
            }),
        ];
    }

    /// <summary>
    /// A hotel added to a random seeded user's trip: the write to an owner's trips (trip item) whose announcement names
    /// the owner's audience, read in the write's own round trip when the cache listens. No pgbench script: it measures
    /// the write with the cache against the same write without it.
    /// </summary>
    public static IReadOnlyList<LoadOperation> AddHotel(IServiceProvider services, SeededUsers users)
    {
        var hotels = services.GetRequiredService<IHotelService>();
        return
        [
            new("add-hotel", 1, c =>
            {
                var n = users.PickUser(c.Random);
                var checkIn = new DateTime(2031, 5, 1, 15, 0, 0, DateTimeKind.Utc);
                return hotels.CreateAsync(new HotelInput("Load hotel", checkIn, checkIn.AddDays(2), TripId: users.PickTrip(n, c.Random)), SeededUsers.UserId(n));
            }),
        ];
    }

    /// <summary>One operation on the fixed rows, as pgbench/&lt;name&gt;.sql runs it.</summary>
    public static IReadOnlyList<LoadOperation> Single(IServiceProvider services, string name)
    {
        var trips = services.GetRequiredService<ITripService>();
        var airports = services.GetRequiredService<IAirportService>();
        var vouchers = services.GetRequiredService<IVoucherService>();
        Func<LoadContext, Task> call = name switch
        {
            "get-airport" => _ => airports.GetAirportByCodeAsync("LHR"),
            "get-trip" => _ => trips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner),
            "list-user-trips" => _ => trips.GetUserTripsAsync(BenchmarkIds.Owner, TripFilter.Upcoming, 1, 20),
            "trip-details" => _ => trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner),
            "airport-search" => _ => airports.SearchAirportsAsync("chicago", 10),
            // One voucher per client, as the pgbench script derives it from client_id.
            "voucher-attach" => c => vouchers.AttachVoucherToFlightAsync(
                BenchmarkIds.Voucher(c.Client + 1), BenchmarkIds.AttachFlight, "USER", BenchmarkIds.Owner, 0.01m, BenchmarkIds.Owner),
            "create-trip" => _ => trips.CreateTripAsync(PgbenchTrip, BenchmarkIds.Writer),
            _ => throw new ArgumentException($"Unknown operation '{name}'; one of: mixed, {string.Join(", ", Singles)}.", nameof(name)),
        };
        return [new LoadOperation(name, 1, call)];
    }

    /// <summary>The trip pgbench/create-trip.sql inserts.</summary>
    public static readonly CreateTrip PgbenchTrip = new("Benchmark trip", new DateOnly(2031, 3, 1), new DateOnly(2031, 3, 9), TripPurpose.Business, "Created by the benchmark");

    private static CreateTrip NewTrip(LoadContext c)
    {
        var departs = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(c.Random.Next(1, 365));
        return new CreateTrip("Load trip", departs, departs.AddDays(c.Random.Next(0, 14)), TripPurpose.Pleasure);
    }
}
