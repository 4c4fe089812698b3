using Microsoft.Extensions.Configuration;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.DependencyInjection;

#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the Redis cache to TravelPlanner.Data: <c>services.AddTravelPlannerData(...).AddRedisCache(...)</c>.</summary>
public static class TravelPlannerDataRedisBuilderExtensions
{
    /// <summary>
    /// The cache with its options bound from <paramref name="configuration"/>: the section <paramref name="sectionName"/>
    /// (default <c>TravelPlanner:Cache</c>; keys as in <see cref="TravelPlannerCacheOptions"/>), with
    /// <c>ConnectionStrings:Redis</c> (environment variable <c>ConnectionStrings__Redis</c>) as the fall-back for the
    /// Redis connection string. Whether the cache is on is decided from the configuration as it is now; without a
    /// Redis connection string (and no <c>IConnectionMultiplexer</c> registered before) the services read PostgreSQL every
    /// time. Otherwise the same as <see cref="AddRedisCache(ITravelPlannerDataBuilder, Action{TravelPlannerCacheOptions})"/>.
    /// </summary>
    public static ITravelPlannerDataBuilder AddRedisCache(
        this ITravelPlannerDataBuilder builder,
        IConfiguration configuration,
        string sectionName = TravelPlannerCacheOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        return builder.AddRedisCache(options =>
        {
            configuration.GetSection(sectionName).Bind(options);
            if (string.IsNullOrWhiteSpace(options.RedisConnectionString))
            {
                options.RedisConnectionString = configuration.GetConnectionString("Redis");
            }
        });
    }

    /// <summary>
    /// Wraps the trip, airport, companion and voucher services in read-through Redis decorators, invalidated after every
    /// committed write (before the write returns), and bypassed for <see cref="TravelPlannerCacheOptions.CircuitBreakerBreakDuration"/>
    /// after <see cref="TravelPlannerCacheOptions.CircuitBreakerFailureThreshold"/> failed Redis calls: a Redis outage
    /// costs latency, never a failed call. With standbys, read-your-writes positions are shared through the same Redis.
    /// Off when no Redis connection string is set and no <c>IConnectionMultiplexer</c> was registered before (a host's
    /// own multiplexer is used as it is). Options are validated at start. Call after <c>AddTravelPlannerData</c>
    /// (its builder guarantees it); idempotent.
    /// </summary>
    public static ITravelPlannerDataBuilder AddRedisCache(this ITravelPlannerDataBuilder builder, Action<TravelPlannerCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        CacheRegistration.AddCache(builder.Services, configure);
        return builder;
    }
}
