using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.DependencyInjection;

/// <summary>
/// The Redis side of the registration, when a cache is configured: the multiplexer, the cache store, the
/// listener that turns announced writes into key drops (<see cref="RedisCacheInvalidator"/>), the commit positions
/// shared through Redis (<see cref="RedisCommitPositions"/>, in place of the core's in-process ones), the health check
/// (keyed <see cref="RedisHealthCheckKey"/>, for TravelPlanner.Data.AspNetCore) and the cache decorators over the cached
/// services (Scrutor's <c>Decorate</c>). Without a cache nothing listens to writes and no decorator is registered.
/// </summary>
internal static class CacheRegistration
{
    /// <summary>The service key of the Redis <see cref="IHealthCheck"/>; TravelPlanner.Data.AspNetCore resolves it by this name.</summary>
    public const string RedisHealthCheckKey = "travelplanner-redis";

    /// <summary>
    /// True when the options name a Redis server or the host already registered an <see cref="IConnectionMultiplexer"/>.
    /// The options are probed at registration time, because whether decorators exist is decided then.
    /// </summary>
    public static bool IsCacheEnabled(IServiceCollection services, Action<TravelPlannerCacheOptions> configure)
    {
        var probe = new TravelPlannerCacheOptions();
        configure(probe);
        return !string.IsNullOrWhiteSpace(probe.RedisConnectionString)
               || services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer));
    }

    public static void AddCache(IServiceCollection services, Action<TravelPlannerCacheOptions> configure)
    {
        services.AddOptions<TravelPlannerCacheOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TravelPlannerCacheOptions>, TravelPlannerCacheOptionsValidator>());
        if (!IsCacheEnabled(services, configure) || services.Any(d => d.ServiceType == typeof(CacheDecoratorsMarker)))
        {
            return;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var cache = sp.GetRequiredService<IOptions<TravelPlannerCacheOptions>>().Value;
            var redis = ConfigurationOptions.Parse(cache.RedisConnectionString!);
            // Never fail start-up or block a call on a Redis that is down: the cache is optional.
            redis.AbortOnConnectFail = false;
            redis.ConnectTimeout = (int)Math.Max(cache.OperationTimeout.TotalMilliseconds * 4, 1000);
            redis.AsyncTimeout = (int)cache.OperationTimeout.TotalMilliseconds;
            redis.SyncTimeout = (int)cache.OperationTimeout.TotalMilliseconds;
            // While reconnecting, fail a command at once rather than queue it until the operation timeout (issue 14, item 4).
            redis.BacklogPolicy = BacklogPolicy.FailFast;
            return ConnectionMultiplexer.Connect(redis);
        });
        services.TryAddSingleton(sp => new CacheStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<TravelPlannerCacheOptions>>().Value,
            sp.GetService<ILoggerFactory>()?.CreateLogger<CacheStore>() ?? NullLogger<CacheStore>.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChangeListener, RedisCacheInvalidator>());

        // Read-your-writes positions in Redis, so a write through one instance holds for reads through every other.
        services.Replace(ServiceDescriptor.Singleton<ICommitPositions>(sp => new RedisCommitPositions(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<TravelPlannerCacheOptions>>().Value.KeyPrefix,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<RedisCommitPositions>() ?? NullLogger<RedisCommitPositions>.Instance)));
        services.TryAddKeyedSingleton<IHealthCheck>(RedisHealthCheckKey, (sp, _) => new RedisHealthCheck(sp.GetRequiredService<IConnectionMultiplexer>()));

        // The decorators wrap the services AddTravelPlannerData registered (or a host's, registered before).
        services.AddSingleton<CacheDecoratorsMarker>();
        services.TryDecorate<ITripService, CachedTripService>();
        services.TryDecorate<IAirportService, CachedAirportService>();
        services.TryDecorate<ICompanionService, CachedCompanionService>();
        services.TryDecorate<IVoucherService, CachedVoucherService>();
    }

    private sealed class CacheDecoratorsMarker;
}
