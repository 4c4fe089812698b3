namespace TravelPlanner.Data;

/// <summary>Settings of the library (configuration section <c>TravelPlanner</c>).</summary>
public sealed class TravelPlannerDataOptions
{
    /// <summary>PostgreSQL connection string (required).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>BCrypt work factor for new password hashes (4-31, default 12). Raising it rehashes passwords at their next login.</summary>
    public int PasswordWorkFactor { get; set; } = Security.BCryptPasswordHasher.DefaultWorkFactor;

    /// <summary>Retries of transient PostgreSQL failures.</summary>
    public Resilience.RetryOptions Retry { get; set; } = new();

    /// <summary>The Redis cache; off unless <see cref="Caching.TravelPlannerCacheOptions.RedisConnectionString"/> is set (or the host registered an <c>IConnectionMultiplexer</c>).</summary>
    public Caching.TravelPlannerCacheOptions Cache { get; set; } = new();
}
