using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StackExchange.Redis;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// A cached read (Redis hit) through the service interfaces resolved with Redis configured, against a raw
/// StackExchange.Redis GET of the same payload bytes (alone, and with the deserialisation a cache hit must do
/// too), and against the uncached call. The payload is the entry the library stored, found in Redis after a
/// warm-up call; without cache decorators there is none, and the JSON of the result stands in for it.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CacheBenchmarks
{
    private Contenders _cached = null!;
    private Contenders _uncached = null!;
    private ConnectionMultiplexer _redis = null!;
    private IDatabase _db = null!;

    /// <summary>Whether the cached calls were served from Redis (an entry was stored by the warm-up), for the report.</summary>
    public static bool? DecoratorsPresent { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var postgres = BenchEnvironment.PublishedPostgres();
        var redis = BenchEnvironment.PublishedRedis();
        _cached = new Contenders(postgres, redis);
        _uncached = new Contenders(postgres);
        _redis = ConnectionMultiplexer.Connect(redis);
        _db = _redis.GetDatabase();
        var airport = CachedAirport().GetAwaiter().GetResult();
        var details = CachedDetails().GetAwaiter().GetResult();
        var stored = CachePayloads.Find(_redis, _db);
        DecoratorsPresent = stored.Count > 0;
        _db.StringSet("raw:airport", CachePayloads.Pick(stored, "LHR") ?? JsonSerializer.SerializeToUtf8Bytes(airport, JsonSerializerOptions.Web));
        _db.StringSet("raw:trip-details", CachePayloads.Pick(stored, BenchmarkIds.DetailsTrip.ToString()) ?? JsonSerializer.SerializeToUtf8Bytes(details, JsonSerializerOptions.Web));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cached.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _uncached.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _redis.Dispose();
    }

    [BenchmarkCategory("cache-airport"), Benchmark(Description = "library, Redis configured (hit)")]
    public Task<Airport> CachedAirport() => _cached.Airports.GetAirportByCodeAsync("LHR");

    [BenchmarkCategory("cache-airport"), Benchmark(Baseline = true, Description = "raw StackExchange.Redis GET")]
    public Task<RedisValue> RawAirportGet() => _db.StringGetAsync("raw:airport");

    [BenchmarkCategory("cache-airport"), Benchmark(Description = "raw GET + JSON deserialise")]
    public async Task<Airport?> RawAirportGetAndDeserialise() =>
        JsonSerializer.Deserialize<Airport>((byte[])(await _db.StringGetAsync("raw:airport"))!, JsonSerializerOptions.Web);

    [BenchmarkCategory("cache-airport"), Benchmark(Description = "library, no cache (PostgreSQL)")]
    public Task<Airport> UncachedAirport() => _uncached.Airports.GetAirportByCodeAsync("LHR");

    [BenchmarkCategory("cache-trip-details"), Benchmark(Description = "library, Redis configured (hit)")]
    public Task<TripDetails> CachedDetails() => _cached.Trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);

    [BenchmarkCategory("cache-trip-details"), Benchmark(Baseline = true, Description = "raw StackExchange.Redis GET")]
    public Task<RedisValue> RawDetailsGet() => _db.StringGetAsync("raw:trip-details");

    [BenchmarkCategory("cache-trip-details"), Benchmark(Description = "raw GET + JSON deserialise")]
    public async Task<TripDetails?> RawDetailsGetAndDeserialise() =>
        JsonSerializer.Deserialize<TripDetails>((byte[])(await _db.StringGetAsync("raw:trip-details"))!, JsonSerializerOptions.Web);

    [BenchmarkCategory("cache-trip-details"), Benchmark(Description = "library, no cache (PostgreSQL)")]
    public Task<TripDetails> UncachedDetails() => _uncached.Trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);
}
