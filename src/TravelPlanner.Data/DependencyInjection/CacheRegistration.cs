using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TravelPlanner.Data;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Services;

#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// The Redis side of the registration, when a cache is configured: the multiplexer, the cache store, the
/// invalidator the services report their writes to, and the cache decorators over the cached services.
/// Without a cache the services get <see cref="NullCacheInvalidator"/> and no decorator.
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
            services.TryAddSingleton<ICacheInvalidator>(NullCacheInvalidator.Instance);
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
            return ConnectionMultiplexer.Connect(redis);
        });
        services.TryAddSingleton(sp => new CacheStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.Cache,
            sp.GetService<ILoggerFactory>()?.CreateLogger<CacheStore>() ?? NullLogger<CacheStore>.Instance));
        services.TryAddSingleton<ICacheInvalidator>(sp => new RedisCacheInvalidator(
            sp.GetRequiredService<CacheStore>(),
            sp.GetRequiredService<TripRepository>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<RedisCacheInvalidator>() ?? NullLogger<RedisCacheInvalidator>.Instance));
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
        Decorate<ITripService>(services, (sp, inner) => new CachedTripService(
            inner, sp.GetRequiredService<CacheStore>(), sp.GetRequiredService<ICacheInvalidator>(), sp.GetRequiredService<TimeProvider>()));
        Decorate<IAirportService>(services, (sp, inner) => new CachedAirportService(inner, sp.GetRequiredService<CacheStore>()));
        Decorate<ICompanionService>(services, (sp, inner) => new CachedCompanionService(
            inner, sp.GetRequiredService<CacheStore>(), sp.GetRequiredService<ICacheInvalidator>()));
        Decorate<IVoucherService>(services, (sp, inner) => new CachedVoucherService(
            inner, sp.GetRequiredService<CacheStore>(), sp.GetRequiredService<ICacheInvalidator>(), sp.GetRequiredService<TimeProvider>()));
    }

    // The registration of TService is replaced by one that builds the original the same way and wraps it.
    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var index = services.Select((d, i) => (d, i)).LastOrDefault(x => x.d.ServiceType == typeof(TService) && !x.d.IsKeyedService, (null!, -1)).i;
        if (index < 0)
        {
            return;
        }

        var original = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)CreateOriginal(sp, original)), original.Lifetime);
    }

    private static object CreateOriginal(IServiceProvider provider, ServiceDescriptor original) =>
        original.ImplementationInstance
        ?? original.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);

    private sealed class CacheDecoratorsMarker;
}
