using System.Diagnostics.Metrics;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>Cache hits and misses as the library counts them (its <c>TravelPlanner.Data</c> meter).</summary>
internal sealed class CacheHitMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _hits;
    private long _misses;

    public CacheHitMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TravelPlannerDiagnostics.Name && instrument.Name is "travelplanner.cache.hits" or "travelplanner.cache.misses")
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

    /// <summary>Hits over cached reads, or null when nothing went through the cache.</summary>
    public double? Ratio => Hits + Misses == 0 ? null : (double)Hits / (Hits + Misses);

    public void Dispose() => _listener.Dispose();
}
