namespace TravelPlanner.Data.Caching;

/// <summary>Redis cache settings (section <c>TravelPlanner:Cache</c>).</summary>
public sealed class TravelPlannerCacheOptions
{
    /// <summary>The configuration section <c>AddRedisCache(IConfiguration)</c> binds.</summary>
    public const string SectionName = "TravelPlanner:Cache";

    /// <summary>StackExchange.Redis configuration string; null or empty disables the cache (services go straight to PostgreSQL).</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>
    /// Prepended to every key (default none, so keys read as the README documents them). Set it when several
    /// applications or databases share one Redis, e.g. <c>"staging:"</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = string.Empty;

    /// <summary>Longest a single Redis call may take before the cache is bypassed for it (default 250 ms).</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the circuit stays open after Redis failures before one call is tried again (default 5 s); also how soon caching resumes after Redis returns, at most.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Consecutive failed Redis calls (timeouts, lost connections) that open the breaker (default 3). While it is open,
    /// cached services skip Redis entirely and read PostgreSQL.
    /// </summary>
    public int CircuitBreakerFailureThreshold { get; set; } = 3;
}
