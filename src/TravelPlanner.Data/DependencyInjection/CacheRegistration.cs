using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.DependencyInjection;

/// <summary>
/// The Redis side of the registration, when a cache is configured: the multiplexer, the cache store, the
/// listener that turns announced writes into key drops (<see cref="RedisCacheInvalidator"/>), and the cache
/// decorators over the cached services (Scrutor's <c>Decorate</c>). Without a cache nothing listens to writes
/// and no decorator is registered.
/// </summary>
internal static class CacheRegistration
{
    /// <summary>
    /// True when the options name a Redis server or the host already registered an <see cref="IConnectionMultiplexer"/>.
    /// The options are probed at registration time, because whether decorators exist is decided then.
    /// </summary>
    public static bool IsCacheEnabled(IServiceCollection services, Action<TravelPlannerDataOptions> configure)
    {
        var probe = new TravelPlannerDataOptions();
        configure(probe);
        return !string.IsNullOrWhiteSpace(probe.Cache.RedisConnectionString)
               || services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer));
    }

    public static void AddCacheInfrastructure(IServiceCollection services, Action<TravelPlannerDataOptions> configure)
    {
        if (!IsCacheEnabled(services, configure))
        {
            return;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var cache = sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.Cache;
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
            sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.Cache,
            sp.GetService<ILoggerFactory>()?.CreateLogger<CacheStore>() ?? NullLogger<CacheStore>.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChangeListener, RedisCacheInvalidator>());
    }

    /// <summary>
    /// Wraps the registered trip, airport, companion and voucher services (the library's own, or a host's
    /// registered before) in their cache decorators. Call after the services are registered; idempotent.
    /// </summary>
    public static void AddCacheDecorators(IServiceCollection services, Action<TravelPlannerDataOptions> configure)
    {
        if (!IsCacheEnabled(services, configure) || services.Any(d => d.ServiceType == typeof(CacheDecoratorsMarker)))
        {
            return;
        }

        services.AddSingleton<CacheDecoratorsMarker>();
        services.TryDecorate<ITripService, CachedTripService>();
        services.TryDecorate<IAirportService, CachedAirportService>();
        services.TryDecorate<ICompanionService, CachedCompanionService>();
        services.TryDecorate<IVoucherService, CachedVoucherService>();
    }

    private sealed class CacheDecoratorsMarker;
}
