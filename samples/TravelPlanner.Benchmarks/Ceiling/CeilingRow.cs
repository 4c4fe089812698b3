using System.Globalization;
using TravelPlanner.Benchmarks.Load;

namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>
/// One operation at one client count: pgbench, the library and raw Npgsql, as the two tables' rows; with <c>--floor</c>,
/// the least a .NET client does (<see cref="DotNetFloor"/>, on a dedicated and on a pooled connection) as a third.
/// </summary>
internal sealed record CeilingRow(
    string Operation, int Clients, PgbenchResult Pgbench, LoadResult Library, LoadResult Raw, LoadResult? Floor = null, LoadResult? PooledFloor = null)
{
    public const string FloorHeader =
        "| operation | clients | pgbench tps | floor, dedicated: calls/s | / pgbench | client CPU µs/call | / pgbench's | floor, pooled: calls/s | / pgbench | client CPU µs/call | / pgbench's | library calls/s | / pgbench | client CPU µs/call | / pgbench's |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

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

    public string FloorLine()
    {
        var dedicated = Floor ?? throw new InvalidOperationException("No floor was run for this row.");
        var pooled = PooledFloor ?? throw new InvalidOperationException("No pooled floor was run for this row.");
        return $"| {Operation} | {Clients} | {Pgbench.Tps.ToString("N0", CultureInfo.InvariantCulture)} | {Cells(dedicated)} | {Cells(pooled)} | {Cells(Library)} |";

        string Cells(LoadResult result)
        {
            var perSecond = result.Operations[0].PerSecond;
            var cpu = ClientPerCall(result);
            return string.Create(CultureInfo.InvariantCulture,
                $"{perSecond:N0} | {perSecond / Pgbench.Tps:F2} | {cpu:N1} | {cpu / Pgbench.ClientMicrosecondsPerTransaction:F2}");
        }
    }

    /// <summary>The first error of either .NET contender, if any call failed.</summary>
    public string? Errors() =>
        Library.Operations[0] is { Errors: > 0 } l ? $"library: {l.Errors} errors, {l.FirstError}"
        : Raw.Operations[0] is { Errors: > 0 } r ? $"raw: {r.Errors} errors, {r.FirstError}"
        : Floor?.Operations[0] is { Errors: > 0 } f ? $"floor: {f.Errors} errors, {f.FirstError}"
        : PooledFloor?.Operations[0] is { Errors: > 0 } p ? $"pooled floor: {p.Errors} errors, {p.FirstError}"
        : null;

    public static string Micro(double? microseconds) =>
        microseconds is { } value ? value.ToString("N1", CultureInfo.InvariantCulture) : "n/a";

    private static double ClientPerCall(LoadResult result) => result.ClientCpu.TotalMicroseconds / result.Total;

    private static double? ServerPerCall(LoadResult result) => result.ServerCpu?.TotalMicroseconds / result.Total;
}
