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
/// fixed benchmark rows (the same the library's single-operation load uses), and reads its tps, failures and CPU.
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

    /// <summary>
    /// Runs pgbench on <paramref name="script"/> (default: <paramref name="operation"/>'s own script) with
    /// <paramref name="operation"/>'s variables, and reads its tps, transactions, failures and CPU.
    /// </summary>
    /// <remarks>
    /// pgbench runs under <c>bash -c '"$@"; times'</c>: bash's <c>times</c> prints, on its second line, the user and
    /// system CPU of the shell's waited-for children (getrusage(RUSAGE_CHILDREN), millisecond print), and the only
    /// child is pgbench, all its threads included. pgbench has no warm-up in -T mode; the figure covers its whole
    /// life (connecting its clients, the -T seconds, disconnecting), which is divided by the transactions it
    /// processed. The server's CPU is read before the start and after the exit, once the pgbench backends are gone.
    /// </remarks>
    public static async Task<PgbenchResult> RunAsync(
        string connectionString, string operation, int clients, int seconds, ServerCpu? serverCpu, CancellationToken cancellationToken, string? script = null)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // C locale: bash prints times with the locale's decimal separator.
        start.Environment["LC_ALL"] = "C";
        string[] arguments =
        [
            "-c", "\"$@\"; status=$?; times >&2; exit $status", "pgbench", FindPgbench(),
            "-n", "-M", "prepared", "-c", clients.ToString(CultureInfo.InvariantCulture),
            "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "-T", seconds.ToString(CultureInfo.InvariantCulture),
            "-f", Path.Combine(AppContext.BaseDirectory, "pgbench", (script ?? Script(operation)) + ".sql"),
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

        var serverBefore = serverCpu?.Read();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        TimeSpan? server = null;
        if (serverCpu is not null)
        {
            await serverCpu.SettleAsync(serverBefore!.Value, cancellationToken);
            server = serverCpu.Between(serverBefore.Value, serverCpu.Read());
        }

        var text = await output + await errors;
        var tps = Tps().Match(text);
        var processed = Processed().Match(text);
        var times = Times().Matches(text);
        if (process.ExitCode != 0 || !tps.Success || !processed.Success || times.Count < 2)
        {
            throw new InvalidOperationException($"pgbench {script ?? Script(operation)} -c {clients} failed (exit {process.ExitCode}): {text}");
        }

        var failed = Failed().Match(text);
        var children = times[^1].Groups;
        var clientCpu = TimeSpan.FromSeconds(
            (long.Parse(children[1].Value, CultureInfo.InvariantCulture) + long.Parse(children[3].Value, CultureInfo.InvariantCulture)) * 60
            + double.Parse(children[2].Value, CultureInfo.InvariantCulture) + double.Parse(children[4].Value, CultureInfo.InvariantCulture));
        return new PgbenchResult(
            double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(processed.Groups[1].Value, CultureInfo.InvariantCulture),
            failed.Success ? long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            clientCpu,
            server);
    }

    /// <summary>The script file: "get-trip" is the details batch (the one public read of a trip) on the empty trip.</summary>
    public static string Script(string operation) => operation == "get-trip" ? "trip-details" : operation;

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of transactions actually processed: ([0-9]+)")]
    private static partial Regex Processed();

    [GeneratedRegex(@"number of failed transactions: ([0-9]+)")]
    private static partial Regex Failed();

    // bash's times: "0m0.002s 0m0.001s" for the shell, then the same for its children.
    [GeneratedRegex(@"^([0-9]+)m([0-9.]+)s ([0-9]+)m([0-9.]+)s$", RegexOptions.Multiline)]
    private static partial Regex Times();
}
