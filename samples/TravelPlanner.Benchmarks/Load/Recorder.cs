namespace TravelPlanner.Benchmarks.Load;

/// <summary>One worker's latencies and errors per operation (no sharing, so no locks while running).</summary>
internal sealed class Recorder(int operations)
{
    public List<long>[] Latencies { get; } = Enumerable.Range(0, operations).Select(_ => new List<long>(4096)).ToArray();

    public long[] Errors { get; } = new long[operations];

    public string?[] FirstErrors { get; } = new string?[operations];

    private long _total;
    private long _errorTotal;

    public long Total => Interlocked.Read(ref _total);

    public long ErrorTotal => Interlocked.Read(ref _errorTotal);

    public void Record(int index, long ticks)
    {
        Latencies[index].Add(ticks);
        Interlocked.Increment(ref _total);
    }

    public void Fail(int index, Exception e)
    {
        Errors[index]++;
        FirstErrors[index] ??= $"{e.GetType().Name}: {e.Message}";
        Interlocked.Increment(ref _errorTotal);
    }
}
