using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// Records the <c>TravelPlanner.Data</c> meter's measurements made by the test that created it. The meter
/// is process-wide and test classes run in parallel, so measurements are attributed through an
/// <see cref="AsyncLocal{T}"/> mark that flows from the test into the library (instruments call their
/// listeners synchronously, in the caller's flow). Create it in the test method itself, with <c>using</c>.
/// </summary>
public sealed class FlowMeasurements : IDisposable
{
    private static readonly AsyncLocal<FlowMeasurements?> Current = new();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public FlowMeasurements()
    {
        Current.Value = this;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TravelPlannerDiagnostics.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Retries (<c>travelplanner.db.retries</c>) seen so far in this test's flow.</summary>
    public long Retries => (long)Sum("travelplanner.db.retries");

    /// <summary>The sum of an instrument's measurements in this test's flow.</summary>
    public double Sum(string instrument) => _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    /// <summary>The tags of each measurement of <paramref name="instrument"/> in this test's flow.</summary>
    public IReadOnlyList<Dictionary<string, object?>> TagsOf(string instrument) =>
        _measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags).ToList();

    public void Dispose()
    {
        Current.Value = null;
        _listener.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (ReferenceEquals(Current.Value, this))
        {
            _measurements.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));
        }
    }
}
