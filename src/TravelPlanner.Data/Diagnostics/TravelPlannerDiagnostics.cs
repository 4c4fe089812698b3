using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TravelPlanner.Data.Diagnostics;

/// <summary>The library's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>TravelPlanner.Data</c>.</summary>
public static class TravelPlannerDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "TravelPlanner.Data";

    /// <summary>
    /// Activities: one client span per statement attempt, named for its SQL file, with <c>db.system.name</c>,
    /// <c>db.query.name</c>, and on failure <c>error.type</c> and <c>db.response.status_code</c> (the SQLSTATE). Cache
    /// reads and writes are measured by counters, not spans (a hit costs microseconds; a span per hit would cost more).
    /// </summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Instruments: <c>travelplanner.cache.hits</c>, <c>.misses</c>, <c>.errors</c>, <c>.circuit_open</c>, <c>.invalidations</c>, <c>db.client.operation.duration</c> (seconds), <c>travelplanner.db.retries</c>; with standbys <c>travelplanner.db.reads</c> (tag <c>server</c>) and <c>travelplanner.db.freshness_check.duration</c>.</summary>
    public static Meter Meter { get; } = new(Name);

    /// <summary>OpenTelemetry's <c>db.client.operation.duration</c>, in seconds, with the conventions' bucket boundaries.</summary>
    internal static readonly Histogram<double> DbClientOperationDuration = Meter.CreateHistogram(
        "db.client.operation.duration",
        unit: "s",
        description: "Duration of database client operations (one per statement attempt, the connection's opening included), by db.query.name; error.type on failures.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10] });
    internal static readonly Counter<long> DbRetries = Meter.CreateCounter<long>("travelplanner.db.retries", description: "Transient PostgreSQL failures retried.");
    internal static readonly Counter<long> DbReads = Meter.CreateCounter<long>("travelplanner.db.reads", description: "Reads that could go to a standby, by the server that answered (standby, primary_for_freshness, primary_no_standby).");
    internal static readonly Histogram<double> DbFreshnessCheckDuration = Meter.CreateHistogram<double>("travelplanner.db.freshness_check.duration", unit: "ms", description: "Time a standby read spent checking read-your-writes (position lookup, and the standby's replay position when needed).");
    internal static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("travelplanner.cache.hits", description: "Reads served from Redis.");
    internal static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>("travelplanner.cache.misses", description: "Reads that went to PostgreSQL.");
    internal static readonly Counter<long> CacheErrors = Meter.CreateCounter<long>("travelplanner.cache.errors", description: "Redis calls that failed or were short-circuited.");
    internal static readonly UpDownCounter<long> CacheCircuitOpen = Meter.CreateUpDownCounter<long>("travelplanner.cache.circuit_open", description: "Redis circuit breakers open now (1 while the cache is bypassed after failures).");
    internal static readonly Counter<long> CacheInvalidations = Meter.CreateCounter<long>("travelplanner.cache.invalidations", description: "Invalidation groups dropped after writes.");
}
