using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StackExchange.Redis;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// A cached read (Redis hit) through the service interfaces resolved with Redis configured, against a raw
/// StackExchange.Redis GET of the same payload bytes (alone, and with the deserialisation a cache hit must do
/// too), and against the uncached call, for the three cached reads the benchmarks cover: airport by code (24 h), a
/// page of user trips (5 min) and a trip's details (20 items, 5 min; beyond the seed, issue 16). The payload is the
/// entry the library stored, found in Redis after a warm-up call; without cache decorators the JSON of the result
/// stands in.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CacheBenchmarks
{
    // As the library's cache serialises: property names as declared, enums as strings.
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

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
        _redis = ConnectionMultiplexer.Connect(redis + ",allowAdmin=true");
        _db = _redis.GetDatabase();
        // One warm-up call per payload on an empty server, so the one hash field found is that call's entry.
        _db.Execute("FLUSHDB");
        var airport = CachedAirport().GetAwaiter().GetResult();
        var airportEntry = CachePayloads.Find(_redis, _db);
        var trips = CachedUserTrips().GetAwaiter().GetResult();
        var tripsEntry = CachePayloads.Find(_redis, _db).Where(e => !airportEntry.Any(a => a.Key == e.Key && a.Field == e.Field)).ToList();
        var details = CachedTripDetails().GetAwaiter().GetResult();
        var detailsEntry = CachePayloads.Find(_redis, _db)
            .Where(e => !airportEntry.Concat(tripsEntry).Any(a => a.Key == e.Key && a.Field == e.Field))
            .ToList();
        DecoratorsPresent = airportEntry.Count > 0 && tripsEntry.Count > 0 && detailsEntry.Count > 0;
        _db.StringSet("raw:airport", airportEntry.Count > 0 ? airportEntry[0].Value : JsonSerializer.SerializeToUtf8Bytes(airport, Json));
        _db.StringSet("raw:user-trips", tripsEntry.Count > 0 ? tripsEntry[0].Value : JsonSerializer.SerializeToUtf8Bytes(trips, Json));
        _db.StringSet("raw:trip-details", detailsEntry.Count > 0 ? detailsEntry[0].Value : JsonSerializer.SerializeToUtf8Bytes(details, Json));
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
        JsonSerializer.Deserialize<Airport>((byte[])(await _db.StringGetAsync("raw:airport"))!, Json);

    [BenchmarkCategory("cache-airport"), Benchmark(Description = "library, no cache (PostgreSQL)")]
    public Task<Airport> UncachedAirport() => _uncached.Airports.GetAirportByCodeAsync("LHR");

    [BenchmarkCategory("cache-user-trips"), Benchmark(Description = "library, Redis configured (hit)")]
    public Task<PagedResult<TripSummary>> CachedUserTrips() => _cached.Trips.GetUserTripsAsync(BenchmarkIds.Owner, TripFilter.Upcoming, 1, 20);

    [BenchmarkCategory("cache-user-trips"), Benchmark(Baseline = true, Description = "raw StackExchange.Redis GET")]
    public Task<RedisValue> RawUserTripsGet() => _db.StringGetAsync("raw:user-trips");

    [BenchmarkCategory("cache-user-trips"), Benchmark(Description = "raw GET + JSON deserialise")]
    public async Task<PagedResult<TripSummary>?> RawUserTripsGetAndDeserialise() =>
        JsonSerializer.Deserialize<PagedResult<TripSummary>>((byte[])(await _db.StringGetAsync("raw:user-trips"))!, Json);

    [BenchmarkCategory("cache-user-trips"), Benchmark(Description = "library, no cache (PostgreSQL)")]
    public Task<PagedResult<TripSummary>> UncachedUserTrips() => _uncached.Trips.GetUserTripsAsync(BenchmarkIds.Owner, TripFilter.Upcoming, 1, 20);

    [BenchmarkCategory("cache-trip-details"), Benchmark(Description = "library, Redis configured (hit)")]
    public Task<TripDetails> CachedTripDetails() => _cached.Trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);

    [BenchmarkCategory("cache-trip-details"), Benchmark(Baseline = true, Description = "raw StackExchange.Redis GET")]
    public Task<RedisValue> RawTripDetailsGet() => _db.StringGetAsync("raw:trip-details");

    [BenchmarkCategory("cache-trip-details"), Benchmark(Description = "raw GET + JSON deserialise")]
    public async Task<TripDetails?> RawTripDetailsGetAndDeserialise() =>
        JsonSerializer.Deserialize<TripDetails>((byte[])(await _db.StringGetAsync("raw:trip-details"))!, Json);

    [BenchmarkCategory("cache-trip-details"), Benchmark(Description = "library, no cache (PostgreSQL)")]
    public Task<TripDetails> UncachedTripDetails() => _uncached.Trips.GetTripWithDetailsAsync(BenchmarkIds.DetailsTrip, BenchmarkIds.Owner);
}
