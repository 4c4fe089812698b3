using TravelPlanner.Data.Diagnostics;

#pragma warning disable IDE0130
namespace OpenTelemetry.Trace;
#pragma warning restore IDE0130

/// <summary>TravelPlanner.Data's spans on an OpenTelemetry tracer provider.</summary>
public static class TravelPlannerDataTracerProviderBuilderExtensions
{
    /// <summary>
    /// Subscribes to the <c>TravelPlanner.Data</c> activity source: a client span per statement attempt (named for its SQL
    /// file, with <c>db.system.name</c>, <c>db.query.name</c>, and <c>error.type</c> and <c>db.response.status_code</c> on
    /// failure) and <c>travelplanner.migrate</c> around migrations at start. Add Npgsql's own instrumentation beside it
    /// for the driver's spans.
    /// </summary>
    public static TracerProviderBuilder AddTravelPlannerDataInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(TravelPlannerDiagnostics.Name);
    }
}
