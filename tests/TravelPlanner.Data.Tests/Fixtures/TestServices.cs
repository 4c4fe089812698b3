using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TravelPlanner.Data.Caching;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// The library as a host wires it (<c>AddTravelPlannerData</c>) on a test class's database, with a
/// controllable clock and a cheap BCrypt work factor.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestServices(ServiceProvider provider, FakeTimeProvider clock, string keyPrefix)
    {
        _provider = provider;
        Clock = clock;
        KeyPrefix = keyPrefix;
    }

    /// <summary>
    /// The Redis key prefix of this instance: each cached instance gets its own, so shared entries (airports)
    /// of one test class's database never answer another's. Empty without a cache.
    /// </summary>
    public string KeyPrefix { get; }

    /// <summary>The clock every service sees; starts at 2030-06-15 12:00 UTC.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The library without a cache (plain services).</summary>
    public static TestServices Create(TestDatabase database, Action<TravelPlannerDataOptions>? configure = null) =>
        Create(database, redisConnectionString: null, configure);

    /// <summary>The library with the Redis cache on <paramref name="redis"/> (cache decorators over the services).</summary>
    public static TestServices CreateCached(TestDatabase database, ICacheServer redis, Action<TravelPlannerDataOptions>? configure = null) =>
        Create(database, redis.ConnectionString, configure);

    /// <summary>The library with the Redis cache on the server at <paramref name="redisConnectionString"/>.</summary>
    public static TestServices CreateCached(
        TestDatabase database,
        string redisConnectionString,
        Action<TravelPlannerDataOptions>? configure = null,
        Action<TravelPlannerCacheOptions>? configureCache = null) =>
        Create(database.ConnectionString, redisConnectionString, configure, configureCache);

    private static TestServices Create(TestDatabase database, string? redisConnectionString, Action<TravelPlannerDataOptions>? configure) =>
        Create(database.ConnectionString, redisConnectionString, configure);

    /// <summary>The library on any PostgreSQL connection string (a multi-host one, a pooler), cached when <paramref name="redisConnectionString"/> is given.</summary>
    public static TestServices Create(
        string connectionString,
        string? redisConnectionString,
        Action<TravelPlannerDataOptions>? configure = null,
        Action<TravelPlannerCacheOptions>? configureCache = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 6, 15, 12, 0, 0, TimeSpan.Zero));
        var keyPrefix = redisConnectionString is null ? string.Empty : $"test:{Guid.NewGuid():N}:";
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddTravelPlannerData(options =>
        {
            options.ConnectionString = connectionString;
            options.PasswordWorkFactor = 4;
            configure?.Invoke(options);
        }).AddRedisCache(cache =>
        {
            cache.RedisConnectionString = redisConnectionString;
            cache.KeyPrefix = keyPrefix;
            configureCache?.Invoke(cache);
        });
        return new TestServices(services.BuildServiceProvider(validateScopes: true), clock, keyPrefix);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>
    /// A new <typeparamref name="T"/> built from this container's services: the library's own implementation of a
    /// service without its cache decorator (say <c>TripService</c>), writing through the same executor, so its
    /// writes are announced to this instance's cache.
    /// </summary>
    public T Create<T>()
        where T : notnull => ActivatorUtilities.CreateInstance<T>(_provider);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
