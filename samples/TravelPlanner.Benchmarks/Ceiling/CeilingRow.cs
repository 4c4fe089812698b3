using System.Globalization;
using TravelPlanner.Benchmarks.Load;

namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>One operation at one client count: pgbench, the library and raw Npgsql, as the two tables' rows.</summary>
internal sealed record CeilingRow(string Operation, int Clients, PgbenchResult Pgbench, LoadResult Library, LoadResult Raw)
{
    public const string ThroughputHeader =
        "| operation | clients | pgbench -M prepared tps | library calls/s | library / pgbench | raw Npgsql calls/s | raw / pgbench | library / raw | library p50 ms | library p99 ms |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public const string CpuHeader =
        "| operation | clients | pgbench client CPU µs/tx | library client CPU µs/call | library / pgbench client CPU | raw Npgsql client CPU µs/call | server CPU µs/tx, pgbench | server CPU µs/call, library | server CPU µs/call, raw | pgbench failed tx |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public string ThroughputLine()
    {
        var row = Library.Operations[0];
        var raw = Raw.Operations[0].PerSecond;
        var tps = Pgbench.Tps;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Operation} | {Clients} | {tps:N0} | {row.PerSecond:N0} | {row.PerSecond / tps:F2} | {raw:N0} | {raw / tps:F2} | {row.PerSecond / raw:F2} | {row.P50Ms:F2} | {row.P99Ms:F2} |");
    }

    public string CpuLine()
    {
        var library = ClientPerCall(Library);
        var pgbench = Pgbench.ClientMicrosecondsPerTransaction;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Operation} | {Clients} | {pgbench:N1} | {library:N1} | {library / pgbench:F2} | {ClientPerCall(Raw):N1} | {Micro(Pgbench.ServerMicrosecondsPerTransaction)} | {Micro(ServerPerCall(Library))} | {Micro(ServerPerCall(Raw))} | {Pgbench.Failed:N0} |");
    }

    /// <summary>The first error of either .NET contender, if any call failed.</summary>
    public string? Errors() =>
        Library.Operations[0] is { Errors: > 0 } l ? $"library: {l.Errors} errors, {l.FirstError}"
        : Raw.Operations[0] is { Errors: > 0 } r ? $"raw: {r.Errors} errors, {r.FirstError}"
        : null;

    public static string Micro(double? microseconds) =>
        microseconds is { } value ? value.ToString("N1", CultureInfo.InvariantCulture) : "n/a";

    private static double ClientPerCall(LoadResult result) => result.ClientCpu.TotalMicroseconds / result.Total;

    private static double? ServerPerCall(LoadResult result) => result.ServerCpu?.TotalMicroseconds / result.Total;
}
