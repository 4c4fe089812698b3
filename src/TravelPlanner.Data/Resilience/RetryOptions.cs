namespace TravelPlanner.Data.Resilience;

/// <summary>Retries of transient PostgreSQL failures (section <c>TravelPlanner:Retry</c>).</summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt (0 turns retrying off; default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff; later ones grow exponentially, with jitter (default 50 ms).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest single backoff (default 1 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(1);
}
