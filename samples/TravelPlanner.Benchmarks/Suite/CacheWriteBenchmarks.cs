using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;
using TravelPlanner.Benchmarks.Load;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// A write with the cache against the same write without it (issue 16): a hotel added to a seeded user's trip whose
/// owner has an audience (invitees), through the library with Redis configured and without, and through
/// <see cref="AddHotelFloor"/> (the least a .NET client does for the same write, with the cache's guarantee and
/// without). One call at a time: time and allocation per call; throughput at 32 in flight is
/// <c>load --op add-hotel --floor</c>'s.
/// </summary>
[BenchmarkCategory("cache-write")]
public class CacheWriteBenchmarks
{
    private Contenders _cached = null!;
    private Contenders _uncached = null!;
    private IHotelService _cachedHotels = null!;
    private IHotelService _uncachedHotels = null!;
    private ConnectionMultiplexer _redis = null!;
    private AddHotelFloor _floor = null!;
    private Guid _owner;
    private Guid _trip;
    private HotelInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var postgres = BenchEnvironment.PublishedPostgres();
        var redis = BenchEnvironment.PublishedRedis();
        _cached = new Contenders(postgres, redis);
        _uncached = new Contenders(postgres);
        _cachedHotels = _cached.Library.GetRequiredService<IHotelService>();
        _uncachedHotels = _uncached.Library.GetRequiredService<IHotelService>();
        _redis = ConnectionMultiplexer.Connect(redis);
        _floor = new AddHotelFloor(postgres, _redis);
        (_owner, _trip) = OwnerWithAudience(postgres);
        var checkIn = new DateTime(2031, 5, 1, 15, 0, 0, DateTimeKind.Utc);
        _input = new HotelInput("Load hotel", checkIn, checkIn.AddDays(2), TripId: _trip);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cached.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _uncached.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _floor.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _redis.Dispose();
    }

    [Benchmark(Description = "library, Redis configured")]
    public Task<Hotel> Cached() => _cachedHotels.CreateAsync(_input, _owner);

    [Benchmark(Baseline = true, Description = "library, no cache")]
    public Task<Hotel> Uncached() => _uncachedHotels.CreateAsync(_input, _owner);

    [Benchmark(Description = "floor, with the cache's guarantee")]
    public Task FloorCached() => _floor.WriteAsync(_owner, _trip, cached: true);

    [Benchmark(Description = "floor, insert alone")]
    public Task FloorAlone() => _floor.WriteAsync(_owner, _trip, cached: false);

    // A seeded trip whose owner has one invitee or more (accepted or pending): the audience a write must name.
    private static (Guid Owner, Guid Trip) OwnerWithAudience(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            """
            select t."userId", t.id
            from trips t
            where exists (select 1 from trip_invitations i where i."invitedBy" = t."userId" and i.status in ('pending', 'accepted'))
            order by t."userId", t.id
            limit 1
            """, connection);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetGuid(0), reader.GetGuid(1)) : throw new InvalidOperationException("No seeded trip has an owner with invitees.");
    }
}
