using TravelPlanner.Data.Diagnostics;

#pragma warning disable IDE0130
namespace OpenTelemetry.Metrics;
#pragma warning restore IDE0130

/// <summary>TravelPlanner.Data's instruments on an OpenTelemetry meter provider.</summary>
public static class TravelPlannerDataMeterProviderBuilderExtensions
{
    /// <summary>
    /// Subscribes to the <c>TravelPlanner.Data</c> meter: <c>db.client.operation.duration</c> (seconds, by
    /// <c>db.query.name</c>), <c>travelplanner.db.retries</c>, the cache counters (<c>travelplanner.cache.hits</c>,
    /// <c>.misses</c>, <c>.errors</c>, <c>.circuit_open</c>, <c>.invalidations</c>) and, with standbys,
    /// <c>travelplanner.db.reads</c> and <c>travelplanner.db.freshness_check.duration</c>.
    /// </summary>
    public static MeterProviderBuilder AddTravelPlannerDataInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(TravelPlannerDiagnostics.Name);
    }
}
