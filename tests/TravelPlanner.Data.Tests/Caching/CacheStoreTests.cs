using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

public sealed record CachedPayload(string Name, decimal Amount, DateOnly Day, DateTime At, string? Note);

[JsonSerializable(typeof(CachedPayload))]
[JsonSerializable(typeof(List<CachedPayload>))]
[JsonSerializable(typeof(int))]
public sealed partial class TestCacheJsonContext : JsonSerializerContext;

/// <summary>The cache core against a real Redis: hits, invalidation, TTLs, the miss/write race, stampedes.</summary>
public abstract class CacheStoreTests(ICacheServer redis) : IAsyncLifetime
{
    private static readonly CachedPayload Sample = new("Tokyo", 1234.50m, new DateOnly(2030, 6, 1), new DateTime(2030, 6, 1, 8, 30, 0, DateTimeKind.Utc), null);

    private ConnectionMultiplexer _connection = null!;
    private CacheStore _cache = null!;
    private readonly string _owner = Guid.NewGuid().ToString();

    public async ValueTask InitializeAsync()
    {
        _connection = await CacheConnections.ConnectAsync(redis.ConnectionString);
        _cache = new CacheStore(_connection, new TravelPlannerCacheOptions(), NullLogger<CacheStore>.Instance);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task A_second_read_is_served_from_Redis_without_loading()
    {
        var loads = 0;

        var first = await ReadAsync(() => { loads++; return Sample; });
        var second = await ReadAsync(() => { loads++; return Sample with { Name = "changed" }; });

        Assert.Equal(1, loads);
        Assert.Equal(Sample, first);
        Assert.Equal(Sample, second);
    }

    [Fact]
    public async Task Payloads_round_trip_exactly_decimals_dates_and_nulls()
    {
        var payload = new CachedPayload("Zürich \"quoted\"", 0.10m, DateOnly.MaxValue, new DateTime(2030, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), null);
        await ReadAsync(() => payload);

        var cached = await ReadAsync(new Func<CachedPayload>(() => throw new InvalidOperationException("should be cached")));

        Assert.Equal(payload, cached);
        Assert.Equal("0.10", cached.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, cached.At.Kind);
    }

    [Fact]
    public async Task Invalidating_a_group_drops_all_its_regions_for_that_owner_only()
    {
        var other = Guid.NewGuid().ToString();
        await ReadAsync(() => Sample, CacheScheme.TripLists, "upcoming:1:20");
        await ReadAsync(() => Sample, CacheScheme.TripStatistics, "all");
        await ReadAsync(() => Sample, CacheScheme.TripLists, "upcoming:1:20", other);

        await _cache.InvalidateAsync("trips", _owner);

        var database = _connection.GetDatabase();
        // Each hash of the group holds the new version alone, for the reads that miss next.
        var version = (string?)await database.StringGetAsync($"trips:version:{{{_owner}}}");
        Assert.NotNull(version);
        Assert.Equal([new HashEntry(CacheScheme.VersionField, version)], await database.HashGetAllAsync($"trips:user:{{{_owner}}}"));
        Assert.Equal([new HashEntry(CacheScheme.VersionField, version)], await database.HashGetAllAsync($"trips:stats:{{{_owner}}}"));
        Assert.False(await database.KeyExistsAsync($"trips:version:{{{other}}}"));
        Assert.True(await database.HashExistsAsync($"trips:user:{{{other}}}", "upcoming:1:20"));
    }

    [Fact]
    public async Task Entries_and_versions_get_the_seed_TTLs()
    {
        await ReadAsync(() => Sample, CacheScheme.TripLists, "all:1:20");
        await ReadAsync(() => Sample, CacheScheme.TripStatistics, "all");
        await _cache.GetOrLoadAsync(CacheScheme.AirportByCode, owner: null, "ZZZ", TestCacheJsonContext.Default.CachedPayload, _ => Task.FromResult(Sample), CancellationToken.None);
        await _cache.InvalidateAsync("companions", _owner);

        var database = _connection.GetDatabase();
        AssertTtl(await database.KeyTimeToLiveAsync($"trips:user:{{{_owner}}}"), TimeSpan.FromMinutes(5));
        AssertTtl(await database.KeyTimeToLiveAsync($"trips:stats:{{{_owner}}}"), TimeSpan.FromMinutes(10));
        AssertTtl(await database.KeyTimeToLiveAsync("airport:code:{airports}"), TimeSpan.FromHours(24));
        AssertTtl(await database.KeyTimeToLiveAsync($"companions:version:{{{_owner}}}"), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task A_load_that_raced_a_write_does_not_store_its_stale_result()
    {
        var stale = await LoadAcrossAsync(() => _cache.InvalidateAsync("trips", _owner));
        var fresh = await ReadAsync(() => Sample with { Name = "new" });

        Assert.Equal("old", stale.Name);
        Assert.Equal("new", fresh.Name);
        Assert.Equal("new", (await ReadAsync(() => Sample with { Name = "never loaded" })).Name);
    }

    [Fact]
    public async Task A_load_that_raced_a_write_after_an_earlier_write_does_not_store_its_stale_result()
    {
        // The hash carries the version since the first write: the racing read takes it from there, not from its key.
        await _cache.InvalidateAsync("trips", _owner);

        await LoadAcrossAsync(() => _cache.InvalidateAsync("trips", _owner));

        Assert.Equal("new", (await ReadAsync(() => Sample with { Name = "new" })).Name);
        Assert.Equal("new", (await ReadAsync(() => Sample with { Name = "never loaded" })).Name);
    }

    [Fact]
    public async Task A_version_that_starts_again_after_its_key_was_evicted_never_matches_a_load_of_its_earlier_life()
    {
        await _cache.InvalidateAsync("trips", _owner);

        // Redis evicts the version and the hash (maxmemory), then a write commits and invalidates: the version starts
        // again. Counting from 1 again, it would equal the version the held load read.
        await LoadAcrossAsync(async () =>
        {
            var database = _connection.GetDatabase();
            await database.KeyDeleteAsync($"trips:version:{{{_owner}}}");
            await database.KeyDeleteAsync($"trips:user:{{{_owner}}}");
            await _cache.InvalidateAsync("trips", _owner);
        });

        Assert.Equal("new", (await ReadAsync(() => Sample with { Name = "new" })).Name);
    }

    [Fact]
    public async Task A_hit_is_one_command_a_miss_after_a_write_two_and_a_miss_on_a_new_hash_three()
    {
        var (connection, counter) = CountingRedis.Wrap(_connection);
        var cache = new CacheStore(connection, new TravelPlannerCacheOptions(), NullLogger<CacheStore>.Instance);
        Task<CachedPayload> Read(string name) =>
            cache.GetOrLoadAsync(CacheScheme.TripLists, _owner, "f", TestCacheJsonContext.Default.CachedPayload, _ => Task.FromResult(Sample with { Name = name }), CancellationToken.None);

        // A new hash: the read, then the entry again with the version's key (one pipelined round trip), then the store.
        Assert.Equal("first", (await Read("first")).Name);
        Assert.Equal("HashGetAsync×2, ScriptEvaluateAsync×1, StringGetAsync×1", counter.Take());
        Assert.Equal("first", (await Read("unused")).Name);
        Assert.Equal("HashGetAsync×1", counter.Take());

        await cache.InvalidateAsync("trips", _owner);
        Assert.Equal("ScriptEvaluateAsync×1", counter.Take());
        // After the write the read brings the version: then the store.
        Assert.Equal("after the write", (await Read("after the write")).Name);
        Assert.Equal("HashGetAsync×1, ScriptEvaluateAsync×1", counter.Take());
        Assert.Equal("after the write", (await Read("unused")).Name);
        Assert.Equal("HashGetAsync×1", counter.Take());
    }

    [Fact]
    public async Task An_entry_stored_after_a_write_lives_its_full_TTL_and_its_version_outlives_it()
    {
        await _cache.InvalidateAsync("trips", _owner);
        var database = _connection.GetDatabase();
        // As if both had been there for most of their lives when the next read misses.
        await database.KeyExpireAsync($"trips:user:{{{_owner}}}", TimeSpan.FromSeconds(20));
        await database.KeyExpireAsync($"trips:version:{{{_owner}}}", TimeSpan.FromSeconds(20));

        await ReadAsync(() => Sample);

        AssertTtl(await database.KeyTimeToLiveAsync($"trips:user:{{{_owner}}}"), TimeSpan.FromMinutes(5));
        AssertTtl(await database.KeyTimeToLiveAsync($"trips:version:{{{_owner}}}"), TimeSpan.FromMinutes(20));
        Assert.Equal(
            (string?)await database.StringGetAsync($"trips:version:{{{_owner}}}"),
            (string?)await database.HashGetAsync($"trips:user:{{{_owner}}}", CacheScheme.VersionField));
    }

    [Fact]
    public async Task A_field_named_like_the_version_copy_is_never_served_or_stored()
    {
        // The version copy (an integer) is valid JSON for an int: served as an entry, it would be a wrong answer.
        await _cache.InvalidateAsync("trips", _owner);
        Task<int> Read(int loaded) => _cache.GetOrLoadAsync(
            CacheScheme.TripLists, _owner, CacheScheme.VersionField, TestCacheJsonContext.Default.Int32, _ => Task.FromResult(loaded), CancellationToken.None);

        Assert.Equal(42, await Read(42));
        Assert.Equal(43, await Read(43));
        var database = _connection.GetDatabase();
        Assert.Equal(
            (string?)await database.StringGetAsync($"trips:version:{{{_owner}}}"),
            (string?)await database.HashGetAsync($"trips:user:{{{_owner}}}", CacheScheme.VersionField));
    }

    [Fact]
    public async Task Concurrent_misses_on_one_key_load_once_in_a_process()
    {
        var loads = 0;
        var gate = new TaskCompletionSource();

        var readers = Enumerable.Range(0, 50).Select(_ => Task.Run(() => ReadAsync(async () =>
        {
            Interlocked.Increment(ref loads);
            await gate.Task;
            return Sample;
        }))).ToList();
        await Task.Delay(200);
        gate.SetResult();
        var results = await Task.WhenAll(readers);

        Assert.Equal(1, loads);
        Assert.All(results, r => Assert.Equal(Sample, r));
    }

    [Fact]
    public async Task A_caller_that_cancels_a_shared_load_does_not_fail_the_callers_sharing_it()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();
        Func<CancellationToken, Task<CachedPayload>> load = async token =>
        {
            started.TrySetResult();
            await gate.Task.WaitAsync(token); // a load that honours the token it is given
            return Sample;
        };

        var first = _cache.GetOrLoadAsync(CacheScheme.TripLists, _owner, "shared", TestCacheJsonContext.Default.CachedPayload, load, impatient.Token);
        await started.Task;
        var second = _cache.GetOrLoadAsync(CacheScheme.TripLists, _owner, "shared", TestCacheJsonContext.Default.CachedPayload, load, CancellationToken.None);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        gate.SetResult();

        Assert.Equal(Sample, await second);
    }

    private static void AssertTtl(TimeSpan? ttl, TimeSpan expected)
    {
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, expected - TimeSpan.FromSeconds(30), expected);
    }

    // A read whose load holds the old rows ("old") while meanwhile runs (a write that commits and invalidates); returns
    // what that read returned.
    private async Task<CachedPayload> LoadAcrossAsync(Func<Task> meanwhile)
    {
        var loading = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var read = ReadAsync(async () =>
        {
            loading.SetResult();
            await release.Task;
            return Sample with { Name = "old" };
        });
        await loading.Task;
        await meanwhile();
        release.SetResult();
        return await read;
    }

    private Task<CachedPayload> ReadAsync(Func<CachedPayload> load, CacheRegion? region = null, string field = "f", string? owner = null) =>
        ReadAsync(() => Task.FromResult(load()), region, field, owner);

    private Task<CachedPayload> ReadAsync(Func<Task<CachedPayload>> load, CacheRegion? region = null, string field = "f", string? owner = null) =>
        _cache.GetOrLoadAsync(region ?? CacheScheme.TripLists, owner ?? _owner, field, TestCacheJsonContext.Default.CachedPayload, _ => load(), CancellationToken.None);
}
