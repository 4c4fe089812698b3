using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>
/// <c>ceiling --seed</c>: for the two reads issue 16 compares with the seed, pgbench -M prepared on the library's
/// statement and then on the seed's (pgbench/seed-*.sql), at each client count, on the same rows: tps and CPU per
/// transaction side by side. Before timing, both statements run once to show they answer the same question.
/// </summary>
internal static partial class SeedComparison
{
    public const string Header =
        "| read | clients | library statement tps | seed statement tps | library / seed tps | server CPU µs/tx, library | server CPU µs/tx, seed | seed / library server CPU | pgbench client CPU µs/tx, library | pgbench client CPU µs/tx, seed | failed tx, library / seed |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    private static readonly (string Operation, string SeedScript)[] Pairs =
        [("airport-search", "seed-airport-search"), ("trip-details", "seed-trip-details")];

    public static async Task<string> RunAsync(
        string connectionString, IServiceProvider library, IReadOnlyList<int> clients, int seconds, ServerCpu? serverCpu, CancellationToken cancellationToken)
    {
        await CheckAsync(connectionString, library, cancellationToken);
        var table = new StringBuilder().AppendLine(Header);
        foreach (var (operation, seedScript) in Pairs)
        {
            foreach (var count in clients)
            {
                var ours = await PgbenchRunner.RunAsync(connectionString, operation, count, seconds, serverCpu, cancellationToken);
                var seed = await PgbenchRunner.RunAsync(connectionString, operation, count, seconds, serverCpu, cancellationToken, seedScript);
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"| {operation} | {count} | {ours.Tps:N0} | {seed.Tps:N0} | {ours.Tps / seed.Tps:F2} | {CeilingRow.Micro(ours.ServerMicrosecondsPerTransaction)} | {CeilingRow.Micro(seed.ServerMicrosecondsPerTransaction)} | {seed.ServerMicrosecondsPerTransaction / ours.ServerMicrosecondsPerTransaction:F2} | {ours.ClientMicrosecondsPerTransaction:N1} | {seed.ClientMicrosecondsPerTransaction:N1} | {ours.Failed:N0} / {seed.Failed:N0} |");
                Console.WriteLine(line);
                table.AppendLine(line);
            }
        }

        return table.ToString();
    }

    /// <summary>
    /// The seed's search must find the same airports for "chicago" as the library's (its order differs: the library
    /// ranks the exact-city tier by significance), and the seed's join must hold the items the library's batch reads.
    /// </summary>
    private static async Task CheckAsync(string connectionString, IServiceProvider library, CancellationToken cancellationToken)
    {
        var found = await library.GetRequiredService<IAirportService>().SearchAirportsAsync("chicago", 10, cancellationToken);
        var ours = found.Select(a => a.Iata).ToList();
        var seed = new List<string>();
        await ReadScriptAsync(connectionString, "seed-airport-search", "airport-search", r => seed.Add(r.GetString(r.GetOrdinal("iata"))), cancellationToken);
        Console.WriteLine($"airport search \"chicago\": library {string.Join(' ', ours)}; seed {string.Join(' ', seed)}: "
            + (ours.Order().SequenceEqual(seed.Order()) ? "same set" : "DIFFERENT SETS"));

        var details = await library.GetRequiredService<ITripService>().GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner, cancellationToken);
        string[] includes = ["flights", "hotels", "transportation", "carRentals", "events", "companions"];
        var ids = includes.ToDictionary(i => i, _ => new HashSet<Guid>());
        var rows = 0;
        await ReadScriptAsync(connectionString, "seed-trip-details", "trip-details", r =>
        {
            rows++;
            foreach (var include in includes)
            {
                var ordinal = r.GetOrdinal(include + ".id");
                if (!r.IsDBNull(ordinal))
                {
                    ids[include].Add(r.GetGuid(ordinal));
                }
            }
        }, cancellationToken);
        int[] library8 = [details.Flights.Count, details.Hotels.Count, details.Transportation.Count, details.CarRentals.Count, details.Events.Count, details.Companions.Count];
        var seedCounts = includes.Select(i => ids[i].Count).ToArray();
        Console.WriteLine($"trip details: seed join {rows:N0} rows holding {string.Join('/', seedCounts)} flights/hotels/transportation/car rentals/events/companions; "
            + $"library batch {string.Join('/', library8)}: " + (seedCounts.SequenceEqual(library8) ? "same items" : "DIFFERENT ITEMS"));
    }

    /// <summary>Runs a pgbench script's statement through Npgsql, its :Name variables as typed parameters.</summary>
    private static async Task ReadScriptAsync(
        string connectionString, string script, string operation, Action<NpgsqlDataReader> read, CancellationToken cancellationToken)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "pgbench", script + ".sql"))
            .Where(l => !l.StartsWith("--", StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Variable().Replace(string.Join('\n', lines), "@$1"), connection);
        foreach (var (name, value) in PgbenchRunner.Variables(operation))
        {
            command.Parameters.AddWithValue(name,
                Guid.TryParse(value, out var id) ? (object)id : int.TryParse(value, CultureInfo.InvariantCulture, out var number) ? (object)number : value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    // pgbench's :Name, not a :: cast.
    [GeneratedRegex(@"(?<![:\w]):([A-Za-z_]\w*)")]
    private static partial Regex Variable();
}
