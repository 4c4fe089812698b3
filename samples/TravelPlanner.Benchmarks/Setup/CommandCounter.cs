using System.Diagnostics;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// Counts database round trips through Npgsql's <c>Npgsql</c> ActivitySource: one activity per command
/// (a batch of statements is one). Connection opens (<c>CONNECT</c>) are left out; so are BEGIN, which Npgsql
/// sends with the next command, and COMMIT, which it does not trace (one more round trip per transaction).
/// </summary>
internal sealed class CommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private int _count;

    public CommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (!activity.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _count);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Commands counted during <paramref name="call"/>.</summary>
    public async Task<(int RoundTrips, T Result)> MeasureAsync<T>(Func<Task<T>> call)
    {
        var before = Volatile.Read(ref _count);
        var result = await call();
        return (Volatile.Read(ref _count) - before, result);
    }

    public void Dispose() => _listener.Dispose();
}
