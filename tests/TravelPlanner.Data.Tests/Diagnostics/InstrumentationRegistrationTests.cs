using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Tests.Diagnostics;

/// <summary>
/// <c>AddTravelPlannerDataInstrumentation()</c> subscribes the provider builders to the library's one activity source and
/// one meter. The builders are the API's abstract ones, recorded: the package depends on OpenTelemetry.Api alone.
/// </summary>
public sealed class InstrumentationRegistrationTests
{
    [Fact]
    public void The_tracer_provider_listens_to_the_librarys_activity_source()
    {
        var builder = new RecordingTracerProviderBuilder();

        Assert.Same(builder, builder.AddTravelPlannerDataInstrumentation());

        Assert.Equal([TravelPlannerDiagnostics.Name], builder.Sources);
        Assert.Equal(TravelPlannerDiagnostics.Name, TravelPlannerDiagnostics.ActivitySource.Name);
    }

    [Fact]
    public void The_meter_provider_listens_to_the_librarys_meter()
    {
        var builder = new RecordingMeterProviderBuilder();

        Assert.Same(builder, builder.AddTravelPlannerDataInstrumentation());

        Assert.Equal([TravelPlannerDiagnostics.Name], builder.Meters);
        Assert.Equal(TravelPlannerDiagnostics.Name, TravelPlannerDiagnostics.Meter.Name);
    }

    private sealed class RecordingTracerProviderBuilder : TracerProviderBuilder
    {
        public List<string> Sources { get; } = [];

        public override TracerProviderBuilder AddInstrumentation<TInstrumentation>(Func<TInstrumentation> instrumentationFactory) => this;

        public override TracerProviderBuilder AddSource(params string[] names)
        {
            Sources.AddRange(names);
            return this;
        }

        public override TracerProviderBuilder AddLegacySource(string operationName) => this;
    }

    private sealed class RecordingMeterProviderBuilder : MeterProviderBuilder
    {
        public List<string> Meters { get; } = [];

        public override MeterProviderBuilder AddInstrumentation<TInstrumentation>(Func<TInstrumentation> instrumentationFactory) => this;

        public override MeterProviderBuilder AddMeter(params string[] names)
        {
            Meters.AddRange(names);
            return this;
        }
    }
}
