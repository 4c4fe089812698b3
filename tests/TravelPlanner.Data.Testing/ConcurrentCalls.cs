using System.Diagnostics;

namespace TravelPlanner.Data.Testing;

/// <summary>One call of a <see cref="ConcurrentCalls"/> run: when it started (from the run's start), how long it took, whether it threw.</summary>
public readonly record struct CallSample(TimeSpan Started, TimeSpan Duration, bool Failed);

/// <summary>
/// Keeps <c>concurrency</c> callers busy for a while and records every call, while a fault script runs beside them
/// (kill a server at 1 s, bring it back at 4 s): the measurement behind the outage test and the <c>outage</c> benchmark.
/// </summary>
public static class ConcurrentCalls
{
    /// <summary>Runs <paramref name="call"/> (given the caller's index) in <paramref name="concurrency"/> loops for <paramref name="duration"/>, and <paramref name="faults"/> beside them.</summary>
    public static async Task<IReadOnlyList<CallSample>> RunAsync(
        int concurrency, TimeSpan duration, Func<int, Task> call, Func<Stopwatch, Task>? faults = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var samples = new List<CallSample>[concurrency];
        var callers = Enumerable.Range(0, concurrency).Select(index => Task.Run(async () =>
        {
            var mine = samples[index] = [];
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                var failed = false;
                try
                {
                    await call(index);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed = true;
                }

                mine.Add(new CallSample(started, clock.Elapsed - started, failed));
            }
        }, cancellationToken)).ToList();
        if (faults is not null)
        {
            callers.Add(faults(clock));
        }

        await Task.WhenAll(callers);
        return samples.SelectMany(s => s).OrderBy(s => s.Started).ToList();
    }

    /// <summary>The median duration of the calls that started in [<paramref name="from"/>, <paramref name="to"/>), or null when none did.</summary>
    public static TimeSpan? Median(this IReadOnlyList<CallSample> samples, TimeSpan from, TimeSpan to)
    {
        var durations = samples.Where(s => s.Started >= from && s.Started < to).Select(s => s.Duration).Order().ToList();
        return durations.Count == 0 ? null : durations[durations.Count / 2];
    }

    /// <summary>
    /// The first moment after <paramref name="fault"/> from which every 250 ms slice's median stays within
    /// <paramref name="bound"/>: how long the calls took to cost what they cost without the faulty part.
    /// </summary>
    public static TimeSpan? SettledAfter(this IReadOnlyList<CallSample> samples, TimeSpan fault, TimeSpan end, TimeSpan bound)
    {
        var slice = TimeSpan.FromMilliseconds(250);
        TimeSpan? settled = null;
        for (var at = fault; at + slice <= end; at += slice)
        {
            var median = samples.Median(at, at + slice);
            if (median is { } m && m > bound)
            {
                settled = null;
            }
            else
            {
                settled ??= at - fault;
            }
        }

        return settled;
    }
}
