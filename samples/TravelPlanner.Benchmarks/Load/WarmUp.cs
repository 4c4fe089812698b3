using System.Diagnostics;
using System.Runtime;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// How long a workload runs before it is measured: at least the minimum asked for, then on until the runtime's tiered
/// JIT has gone quiet (less than <see cref="QuietShare"/> of one core compiling over the last <see cref="Window"/>),
/// at most <see cref="Longest"/>. A perf profile of the mixed load 45-60 s into a run with a 15 s warm-up still put
/// the JIT's background thread at 13 % of the client's CPU, and calls/s went on climbing for about 35 s after the
/// start (the cache decorators, the writes' announcements and seven operations are a lot of code to tier up), so a
/// fixed warm-up measured the compiler on some runs and not on others. Without <c>untilJitQuiet</c> it is the minimum
/// alone (<c>ceiling</c>'s phases, which run after a warm-up of the whole process).
/// </summary>
internal sealed class WarmUp(TimeSpan minimum, bool untilJitQuiet)
{
    /// <summary>The span the JIT's work is measured over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>The share of one core the JIT may spend compiling over a window that counts as quiet.</summary>
    public const double QuietShare = 0.01;

    /// <summary>The warm-up never runs longer than this, quiet or not.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(120);

    /// <summary>How long the warm-up ran, once it is over.</summary>
    public TimeSpan Took { get; private set; }

    /// <summary>The JIT's compiling time over the last window before the warm-up ended.</summary>
    public TimeSpan LastWindowJit { get; private set; }

    /// <summary>
    /// Runs <paramref name="runUntil"/> (a workload that stops once the flag it is given is set) until the warm-up is
    /// over, then sets the flag and waits for the workload to stop.
    /// </summary>
    public async Task RunAsync(Func<Func<bool>, Task> runUntil, CancellationToken cancellationToken)
    {
        var stop = false;
        var clock = Stopwatch.StartNew();
        var workload = runUntil(() => Volatile.Read(ref stop));
        if (untilJitQuiet)
        {
            await UntilJitQuietAsync(workload, clock, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Task.WhenAny(workload, Task.Delay(minimum, cancellationToken)).ConfigureAwait(false);
        }

        Volatile.Write(ref stop, true);
        await workload.ConfigureAwait(false);
        Took = clock.Elapsed;
    }

    private async Task UntilJitQuietAsync(Task workload, Stopwatch clock, CancellationToken cancellationToken)
    {
        var jitBefore = JitInfo.GetCompilationTime(currentThread: false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.WhenAny(workload, Task.Delay(Window, cancellationToken)).ConfigureAwait(false);
            var jit = JitInfo.GetCompilationTime(currentThread: false);
            LastWindowJit = jit - jitBefore;
            jitBefore = jit;
            var quiet = LastWindowJit < Window * QuietShare;
            if (workload.IsCompleted || clock.Elapsed >= Longest || (clock.Elapsed >= minimum && quiet))
            {
                return;
            }
        }
    }
}
