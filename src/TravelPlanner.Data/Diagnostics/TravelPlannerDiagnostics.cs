using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TravelPlanner.Data.Diagnostics;

/// <summary>The library's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>TravelPlanner.Data</c>.</summary>
public static class TravelPlannerDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "TravelPlanner.Data";

    /// <summary>Activities: one per query (<c>db.query.name</c> tag) and per cache operation.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Instruments: <c>travelplanner.cache.hits</c>, <c>.misses</c>, <c>.errors</c>, <c>.circuit_open</c>, <c>.invalidations</c>, <c>travelplanner.db.query.duration</c>, <c>travelplanner.db.retries</c>; with standbys <c>travelplanner.db.reads</c> (tag <c>server</c>) and <c>travelplanner.db.freshness_check.duration</c>.</summary>
    public static Meter Meter { get; } = new(Name);

    internal static readonly Histogram<double> DbQueryDuration = Meter.CreateHistogram<double>("travelplanner.db.query.duration", unit: "ms", description: "Time per query, by query name.");
    internal static readonly Counter<long> DbRetries = Meter.CreateCounter<long>("travelplanner.db.retries", description: "Transient PostgreSQL failures retried.");
    internal static readonly Counter<long> DbReads = Meter.CreateCounter<long>("travelplanner.db.reads", description: "Reads that could go to a standby, by the server that answered (standby, primary_for_freshness, primary_no_standby).");
    internal static readonly Histogram<double> DbFreshnessCheckDuration = Meter.CreateHistogram<double>("travelplanner.db.freshness_check.duration", unit: "ms", description: "Time a standby read spent checking read-your-writes (position lookup, and the standby's replay position when needed).");
    internal static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("travelplanner.cache.hits", description: "Reads served from Redis.");
    internal static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>("travelplanner.cache.misses", description: "Reads that went to PostgreSQL.");
    internal static readonly Counter<long> CacheErrors = Meter.CreateCounter<long>("travelplanner.cache.errors", description: "Redis calls that failed or were short-circuited.");
    internal static readonly UpDownCounter<long> CacheCircuitOpen = Meter.CreateUpDownCounter<long>("travelplanner.cache.circuit_open", description: "Redis circuit breakers open now (1 while the cache is bypassed after failures).");
    internal static readonly Counter<long> CacheInvalidations = Meter.CreateCounter<long>("travelplanner.cache.invalidations", description: "Invalidation groups dropped after writes.");
}
