using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using TravelPlanner.Benchmarks.Load;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>
/// Runs pgbench/&lt;operation&gt;.sql with <c>-M prepared</c> against the seeded database, the variables set to the
/// fixed benchmark rows (the same the library's single-operation load uses), and reads its tps.
/// </summary>
internal static partial class PgbenchRunner
{
    public static string FindPgbench() =>
        LocalPostgresServer.FindBinDirectory() is { } bin && File.Exists(Path.Combine(bin, "pgbench"))
            ? Path.Combine(bin, "pgbench")
            : "pgbench";

    /// <summary>The -D variables of <paramref name="operation"/>'s script.</summary>
    public static Dictionary<string, string> Variables(string operation)
    {
        var trip = LoadOperations.PgbenchTrip;
        return new Dictionary<string, string>
        {
            ["UserId"] = (operation == "create-trip" ? BenchmarkIds.Writer : BenchmarkIds.Owner).ToString(),
            ["OwnerId"] = BenchmarkIds.Owner.ToString(),
            ["TripId"] = (operation == "get-trip" ? BenchmarkIds.EmptyTrip : BenchmarkIds.DetailsTrip).ToString(),
            ["Filter"] = "upcoming",
            ["Today"] = Contenders.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Limit"] = operation == "airport-search" ? "10" : "20",
            ["Offset"] = "0",
            ["Code"] = "LHR",
            ["Query"] = "chicago",
            ["Pattern"] = "%chicago%",
            ["FlightId"] = BenchmarkIds.AttachFlight.ToString(),
            ["TravelerType"] = "USER",
            ["TravelerId"] = BenchmarkIds.Owner.ToString(),
            ["Amount"] = "0.01",
            ["Name"] = trip.Name,
            ["DepartureDate"] = trip.DepartureDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ReturnDate"] = trip.ReturnDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Purpose"] = "business",
            ["Description"] = trip.Description!,
        };
    }

    public static async Task<double> RunAsync(string connectionString, string operation, int clients, int seconds, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(FindPgbench())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "-n", "-M", "prepared", "-c", clients.ToString(CultureInfo.InvariantCulture),
            "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "-T", seconds.ToString(CultureInfo.InvariantCulture),
            "-f", Path.Combine(AppContext.BaseDirectory, "pgbench", Script(operation) + ".sql"),
            "-h", target.Host!, "-p", target.Port.ToString(CultureInfo.InvariantCulture), "-U", target.Username!, target.Database!,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Variables(operation))
        {
            start.ArgumentList.Add("-D");
            start.ArgumentList.Add($"{name}={value}");
        }

        if (!string.IsNullOrEmpty(target.Password))
        {
            start.Environment["PGPASSWORD"] = target.Password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = await output + await errors;
        var tps = Tps().Match(text);
        return process.ExitCode == 0 && tps.Success
            ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench {operation} -c {clients} failed (exit {process.ExitCode}): {text}");
    }

    /// <summary>The script file: "get-trip" is the details batch (the one public read of a trip) on the empty trip.</summary>
    public static string Script(string operation) => operation == "get-trip" ? "trip-details" : operation;

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
