using System.Collections.Concurrent;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Stampede protection within one process: concurrent callers asking for the same key share one
/// load. Callers pass a key that includes the cache version they read, so a caller that arrives
/// after a write (new version) never joins a load that started before it.
/// </summary>
internal sealed class SingleFlight
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _inFlight = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string key, Func<Task<T>> load)
    {
        var lazy = _inFlight.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await load().ConfigureAwait(false)));
        try
        {
            return (T)(await lazy.Value.ConfigureAwait(false))!;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, lazy));
        }
    }
}
