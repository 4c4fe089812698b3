using System.Globalization;
using System.Text;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// What a load run measured, and its markdown table. <paramref name="ClientCpu"/> is this process's CPU time over the
/// measured phase; <paramref name="ServerCpu"/> the local PostgreSQL server's and <paramref name="RedisCpu"/> Redis's
/// (<c>INFO cpu</c>), when they were measured.
/// </summary>
internal sealed record LoadResult(
    IReadOnlyList<OperationResult> Operations, TimeSpan Elapsed, int Concurrency, double? CacheHitRatio, TimeSpan ClientCpu, TimeSpan? ServerCpu, TimeSpan? RedisCpu = null)
{
    public long Total => Operations.Sum(o => o.Count);

    public double PerSecond => Total / Elapsed.TotalSeconds;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | calls | errors | calls/s | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var o in Operations)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {o.Name} | {o.Count:N0} | {o.Errors:N0} | {o.PerSecond:N0} | {o.P50Ms:F2} | {o.P95Ms:F2} | {o.P99Ms:F2} | {o.MaxMs:F1} |"));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | {Total:N0} | {Operations.Sum(o => o.Errors):N0} | {PerSecond:N0} | | | | |"));
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{Concurrency} in flight for {Elapsed.TotalSeconds:F1} s; cache hit ratio: {(CacheHitRatio is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "n/a (no cached reads)")}."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per call: client {ClientCpu.TotalMicroseconds / Total:F1} µs{(ServerCpu is { } server ? $", PostgreSQL {server.TotalMicroseconds / Total:F1} µs" : string.Empty)}{(RedisCpu is { } redis ? $", Redis {redis.TotalMicroseconds / Total:F1} µs" : string.Empty)} (measured phase only)."));
        foreach (var o in Operations.Where(o => o.FirstError is not null))
        {
            text.AppendLine($"First error of {o.Name}: {o.FirstError}");
        }

        return text.ToString();
    }
}
