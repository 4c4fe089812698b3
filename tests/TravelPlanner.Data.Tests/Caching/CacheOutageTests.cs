using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// Redis taken away mid-run (its process killed) and brought back, on a redis-server of this class's own
/// so other tests keep theirs.
/// </summary>
public abstract class CacheOutageTests : IAsyncLifetime
{
    private static readonly CachedPayload Sample = new("Lisbon", 10m, new DateOnly(2030, 1, 1), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), "n");

    private readonly string _owner = Guid.NewGuid().ToString();
    private IRedisDeployment _server = null!;

    /// <summary>Starts the Redis of this test class's own (one server, or a cluster).</summary>
    protected abstract Task<IRedisDeployment> StartRedisAsync();
    private ConnectionMultiplexer _connection = null!;
    private CacheStore _cache = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await StartRedisAsync();
        _connection = await CacheConnections.ConnectAsync(_server.ConnectionString);
        var options = new TravelPlannerCacheOptions { CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(500), CircuitBreakerFailureThreshold = 2 };
        _cache = new CacheStore(_connection, options, NullLogger<CacheStore>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task With_Redis_killed_every_read_succeeds_from_the_loader_and_the_breaker_opens_then_caching_resumes()
    {
        await ReadAsync(() => Sample);
        await _server.KillAsync();

        var loads = 0;
        var states = new List<CircuitState>();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(Sample, await ReadAsync(() => { loads++; return Sample; }));
            states.Add(_cache.CircuitState);
        }

        Assert.Equal(20, loads);
        Assert.Contains(CircuitState.Open, states);

        await _server.RestartAsync();
        await EventuallyCachedAsync();
    }

    [Fact]
    public async Task An_invalidation_missed_during_the_outage_is_replayed_before_the_cache_is_read_again()
    {
        await _server.KillAsync();
        await _cache.InvalidateAsync("trips", _owner);
        await _server.RestartAsync();
        // An entry Redis still holds from before the write (as after a network partition rather than a crash).
        var database = _connection.GetDatabase();
        await WaitForConnectionAsync(database);
        await database.HashSetAsync($"trips:user:{{{_owner}}}", "f", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Sample with { Name = "stale" }, TestCacheJsonContext.Default.CachedPayload));

        var fresh = await EventuallyAsync(() => ReadAsync(() => Sample with { Name = "fresh" }), r => r.Name == "fresh");

        Assert.Equal("fresh", fresh.Name);
        // The replayed invalidation set the version (the first one: a value from the server's clock).
        Assert.True((await database.StringGetAsync($"trips:version:{{{_owner}}}")).HasValue);
    }

    private async Task EventuallyCachedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var loaded = false;
            await ReadAsync(() => { loaded = true; return Sample; });
            var loadedAgain = false;
            await ReadAsync(() => { loadedAgain = true; return Sample; });
            if (!loadedAgain)
            {
                Assert.Equal(CircuitState.Closed, _cache.CircuitState);
                return;
            }

            Assert.True(loaded);
            Assert.True(DateTime.UtcNow < deadline, "Caching did not resume within 20 s of Redis coming back.");
            await Task.Delay(100);
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var result = await read();
            if (done(result) || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(100);
        }
    }

    private static async Task WaitForConnectionAsync(IDatabase database)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await database.PingAsync();
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private Task<CachedPayload> ReadAsync(Func<CachedPayload> load) =>
        _cache.GetOrLoadAsync(CacheScheme.TripLists, _owner, "f", TestCacheJsonContext.Default.CachedPayload, _ => Task.FromResult(load()), CancellationToken.None);
}
