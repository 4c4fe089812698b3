using System.Globalization;
using System.Text;
using System.Text.Json;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// Before any timing: runs each contender once per operation, checks that the reads return the same
/// results as raw Npgsql (as JSON), and counts the round trips of each. Returns a markdown table.
/// </summary>
internal static class Verification
{
    public static async Task<string> RunAsync(string connectionString)
    {
        await using var run = new Contenders(connectionString);
        using var counter = new CommandCounter();
        var today = Contenders.Today;
        var create = new CreateTrip("Verify trip", new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 5));
        var rows = new List<string>();

        async Task Compare<TL, TR, TE>(string operation, Func<Task<TL>> library, Func<Task<TR>> raw, Func<Task<TE>> ef, bool sameResult = true)
        {
            var (libraryTrips, libraryResult) = await counter.MeasureAsync(library);
            var (rawTrips, rawResult) = await counter.MeasureAsync(raw);
            var (efTrips, efResult) = await counter.MeasureAsync(ef);
            var reference = Json(rawResult);
            string Same(object? value) => !sameResult ? "n/a (write)" : Json(value) == reference ? "yes" : "**no**";
            rows.Add($"| {operation} | {libraryTrips} | {rawTrips} | {efTrips} | {Same(libraryResult)} | {Same(efResult)} |");
        }

        await Compare("get airport LHR", () => run.Airports.GetAirportByCodeAsync("LHR"), () => run.RawAirports.GetAirportByCodeAsync("LHR"), () => run.EfAirports.GetAirportByCodeAsync("LHR"));
        await Compare("get trip (empty)", () => run.Trips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner),
            () => run.RawTrips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner), () => run.EfTrips.GetTripWithDetailsAsync(BenchmarkIds.EmptyTrip, BenchmarkIds.Owner));
        await Compare("trip with details (20 items, 5 companions)", () => run.Trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner),
            () => run.RawTrips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner), () => run.EfTrips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner));
        await Compare("list user trips (page of 20)", () => run.Trips.GetUserTripsAsync(BenchmarkIds.Owner, TripFilter.Upcoming, 1, 20),
            () => run.RawTrips.ListUserTripsAsync(BenchmarkIds.Owner, "upcoming", today, 1, 20), () => run.EfTrips.ListUpcomingTripsAsync(BenchmarkIds.Owner, today, 1, 20));
        foreach (var query in new[] { "chicago", "lon", "LHR" })
        {
            await Compare($"airport search \"{query}\"", () => run.Airports.SearchAirportsAsync(query, 10),
                () => run.RawAirports.SearchAirportsAsync(query, 10), () => run.EfAirports.SearchAirportsAsync(query, 10));
        }

        await Compare("voucher attach", () => run.Vouchers.AttachVoucherToFlightAsync(BenchmarkIds.Voucher(4), BenchmarkIds.AttachFlight, "USER", BenchmarkIds.Owner, 0.01m, BenchmarkIds.Owner),
            () => run.RawVouchers.AttachAsync(BenchmarkIds.Voucher(5), BenchmarkIds.AttachFlight, BenchmarkIds.Owner, 0.01m, today),
            () => run.EfVouchers.AttachAsync(BenchmarkIds.Voucher(6), BenchmarkIds.AttachFlight, BenchmarkIds.Owner, 0.01m, today), sameResult: false);
        await Compare("create trip", () => run.Trips.CreateTripAsync(create, BenchmarkIds.Writer),
            () => run.RawTrips.CreateTripAsync(BenchmarkIds.Writer, create), () => run.EfTrips.CreateTripAsync(BenchmarkIds.Writer, create), sameResult: false);

        var table = new StringBuilder();
        table.AppendLine("| operation | library round trips | raw Npgsql | EF Core | library = raw | EF Core = raw |");
        table.AppendLine("| --- | ---: | ---: | ---: | --- | --- |");
        rows.ForEach(r => table.AppendLine(r));
        return table.ToString();
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
