using System.Diagnostics.Metrics;

namespace TravelPlanner.Sample;

/// <summary>Counts the library's cache hits and misses from its <c>TravelPlanner.Data</c> meter (also compiled into the benchmarks' load run).</summary>
internal sealed class CacheCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _hits;
    private long _misses;

    public CacheCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TravelPlanner.Data.Diagnostics.TravelPlannerDiagnostics.Name && instrument.Name is "travelplanner.cache.hits" or "travelplanner.cache.misses")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "travelplanner.cache.hits")
            {
                Interlocked.Add(ref _hits, value);
            }
            else
            {
                Interlocked.Add(ref _misses, value);
            }
        });
        _listener.Start();
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public void Dispose() => _listener.Dispose();
}
