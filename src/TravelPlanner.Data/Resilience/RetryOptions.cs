namespace TravelPlanner.Data.Resilience;

/// <summary>Retries of transient PostgreSQL failures (section <c>TravelPlanner:Retry</c>).</summary>
public sealed class RetryOptions
{
    /// <summary>
    /// Retries of a write (or transaction) the server certainly did not apply, after the first attempt (default 3);
    /// 0 turns every retry off, reads included.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// How long after its first attempt a read is still retried on a transient failure (default 5 s): enough for a
    /// fast restart of PostgreSQL (<c>pg_ctl restart -m fast</c> takes about a second), bounded so a caller never
    /// waits on an outage for longer than this plus one attempt.
    /// </summary>
    public TimeSpan ReadRetryBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A write (or transaction) on a pooled connection that sat idle at least this long first checks that the
    /// connection's backend is still there (default 1 s). A backend terminated while idle (an administrator, an idle
    /// reaper, a restart) has left its goodbye in the socket: the write then provably was not sent, and is retried on
    /// a fresh connection instead of failing with an unknown outcome. The check costs about a millisecond, so
    /// connections busy under load are not checked. <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan ProbeIdleConnectionAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First backoff; later ones grow exponentially, with jitter (default 50 ms).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest single backoff (default 1 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(1);
}
