using System.Diagnostics;
using System.Globalization;
using TravelPlanner.Benchmarks.Ceiling;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// Runs a workload with <c>concurrency</c> calls in flight for a fixed time, then stops by itself: each worker
/// picks an operation by weight, awaits it and records its latency; a progress line is rewritten every second.
/// A warm-up (not recorded) first opens the pool's connections, prepares the statements and lets the tiered JIT settle
/// (<see cref="WarmUp"/>: at least <c>warmUp</c>, then until the JIT is quiet). The process's
/// CPU time (and, given <c>serverCpu</c>, the local PostgreSQL server's) is read just before and just after the
/// measured phase, so neither the warm-up nor the summary counts.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        IReadOnlyList<LoadOperation> operations, int concurrency, TimeSpan duration, TimeSpan warmUp, bool showProgress, CancellationToken cancellationToken,
        ServerCpu? serverCpu = null, Func<TimeSpan>? redisCpu = null, bool warmUntilJitQuiet = false)
    {
        using var cache = new TravelPlanner.Sample.CacheCounters();
        var warm = new WarmUp(warmUp, warmUntilJitQuiet);
        await warm.RunAsync(stopped => RunPhaseAsync(operations, concurrency, stopped, null, cancellationToken), cancellationToken);
        if (warmUntilJitQuiet)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Warm-up: {warm.Took.TotalSeconds:F0} s (at least {warmUp.TotalSeconds:F0} s, then until the JIT compiled for less than {WarmUp.QuietShare:P0} of a core over {WarmUp.Window.TotalSeconds:F0} s: {warm.LastWindowJit.TotalMilliseconds:F0} ms in the last)."));
        }

        long hitsBefore = cache.Hits, missesBefore = cache.Misses;

        var recorders = Enumerable.Range(0, concurrency).Select(_ => new Recorder(operations.Count)).ToArray();
        var serverBefore = serverCpu?.Read();
        var redisBefore = redisCpu?.Invoke();
        // Environment.CpuUsage is Process.TotalProcessorTime (user + system, every thread) without a Process object.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        using var progress = showProgress ? StartProgress(recorders, clock, duration) : null;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await RunPhaseAsync(operations, concurrency, () => Stopwatch.GetTimestamp() >= deadline, recorders, cancellationToken);
        clock.Stop();
        var clientCpu = Environment.CpuUsage.TotalTime - cpuBefore;
        TimeSpan? server = serverCpu is null ? null : serverCpu.Between(serverBefore!.Value, serverCpu.Read());
        TimeSpan? redis = redisCpu is null ? null : redisCpu() - redisBefore!.Value;
        if (showProgress)
        {
            Console.Error.WriteLine();
        }

        var results = operations.Select((op, i) => Summarise(op.Name, recorders, i, clock.Elapsed)).ToList();
        long hits = cache.Hits - hitsBefore, misses = cache.Misses - missesBefore;
        return new LoadResult(results, clock.Elapsed, concurrency, hits + misses == 0 ? null : (double)hits / (hits + misses), clientCpu, server, redis);
    }

    private static Task RunPhaseAsync(IReadOnlyList<LoadOperation> operations, int concurrency, Func<bool> stopped, Recorder[]? recorders, CancellationToken cancellationToken)
    {
        var totalWeight = operations.Sum(o => o.Weight);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(client => Task.Run(async () =>
        {
            var context = new LoadContext(client, seed: client * 7919 + 17);
            while (!stopped() && !cancellationToken.IsCancellationRequested)
            {
                var index = Pick(operations, context.Random.Next(totalWeight));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await operations[index].Call(context);
                    recorders?[client].Record(index, Stopwatch.GetTimestamp() - started);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    recorders?[client].Fail(index, e);
                }
            }
        }, cancellationToken)));
    }

    private static int Pick(IReadOnlyList<LoadOperation> operations, int ticket)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            ticket -= operations[i].Weight;
            if (ticket < 0)
            {
                return i;
            }
        }

        return operations.Count - 1;
    }

    private static Timer StartProgress(Recorder[] recorders, Stopwatch clock, TimeSpan duration) =>
        new(_ =>
        {
            var done = recorders.Sum(r => r.Total);
            var errors = recorders.Sum(r => r.ErrorTotal);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r  {seconds,5:F0}/{duration.TotalSeconds:F0} s  {done,10:N0} calls  {done / Math.Max(seconds, 0.001),8:N0} calls/s  {errors:N0} errors   "));
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    private static OperationResult Summarise(string name, Recorder[] recorders, int index, TimeSpan elapsed)
    {
        var ticks = recorders.SelectMany(r => r.Latencies[index]).Order().ToArray();
        double Ms(double q) => ticks.Length == 0 ? 0 : ticks[Math.Min(ticks.Length - 1, (int)Math.Ceiling(q * ticks.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        var errors = recorders.Sum(r => r.Errors[index]);
        var firstError = recorders.Select(r => r.FirstErrors[index]).FirstOrDefault(e => e is not null);
        return new OperationResult(name, ticks.Length, errors, ticks.Length / elapsed.TotalSeconds, Ms(0.50), Ms(0.95), Ms(0.99), Ms(1.0), firstError);
    }
}
