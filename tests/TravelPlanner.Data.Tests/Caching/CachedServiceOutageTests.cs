using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Npgsql;
using Polly.CircuitBreaker;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using static TravelPlanner.Data.Tests.Caching.CacheProbe;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// The cached services with their Redis killed mid-run and brought back (a redis-server of this class's own,
/// so other tests keep theirs): every call succeeds from PostgreSQL, the breaker opens, caching resumes.
/// </summary>
public abstract class CachedServiceOutageTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private IRedisDeployment _server = null!;

    /// <summary>Starts the Redis of this test class's own (one server, or a cluster).</summary>
    protected abstract Task<IRedisDeployment> StartRedisAsync();
    private TestServices _cached = null!;
    private TestServices _plain = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await StartRedisAsync();
        _cached = TestServices.CreateCached(database, _server.ConnectionString, configureCache: cache =>
        {
            cache.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(500);
            cache.CircuitBreakerFailureThreshold = 2;
        });
        _plain = TestServices.Create(database);
    }

    public async ValueTask DisposeAsync()
    {
        await _cached.DisposeAsync();
        await _plain.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task With_Redis_killed_every_call_succeeds_from_PostgreSQL_the_breaker_opens_and_caching_resumes_when_it_returns()
    {
        using var metrics = CacheMetrics();
        var user = (await UserBuilder.New().CreateAsync(_cached.Get<IUserService>())).Id;
        var trips = _cached.Get<ITripService>();
        await TripBuilder.For(user).CreateAsync(trips);
        Assert.Single((await trips.GetUserTripsAsync(user)).Items); // cached now

        await _server.KillAsync();
        var states = new List<CircuitState>();
        for (var i = 0; i < 20; i++)
        {
            await TripBuilder.For(user).CreateAsync(trips);
            await VoucherBuilder.New().CreateAsync(_cached.Get<IVoucherService>(), user);
            Assert.Equal(Json(await _plain.Get<ITripService>().GetUserTripsAsync(user)), Json(await trips.GetUserTripsAsync(user)));
            Assert.Equal(Json(await _plain.Get<IVoucherService>().GetUserVouchersAsync(user)), Json(await _cached.Get<IVoucherService>().GetUserVouchersAsync(user)));
            Assert.Equal(2 + i, (await trips.GetTripStatisticsAsync(user)).Total);
            states.Add(_cached.Get<CacheStore>().CircuitState);
        }

        Assert.Contains(CircuitState.Open, states);
        Assert.Contains(("travelplanner.cache.circuit_open", 1L), _measurements);
        Assert.Contains(_measurements, m => m.Name == "travelplanner.cache.errors");

        await _server.RestartAsync();
        await EventuallyServedFromRedisAsync(() => trips.GetUserTripsAsync(user));
        Assert.Equal(Json(await _plain.Get<ITripService>().GetUserTripsAsync(user)), Json(await trips.GetUserTripsAsync(user)));
        Assert.Equal(CircuitState.Closed, _cached.Get<CacheStore>().CircuitState);
        Assert.Contains(("travelplanner.cache.circuit_open", -1L), _measurements);
        Assert.Contains(_measurements, m => m.Name == "travelplanner.cache.hits");
        Assert.Contains(_measurements, m => m.Name == "travelplanner.cache.misses");
    }

    private readonly ConcurrentBag<(string Name, long Value)> _measurements = [];

    // The library's meter is process-wide (other test classes count too), so only presence is asserted.
    private MeterListener CacheMetrics()
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "TravelPlanner.Data" && instrument.Name.StartsWith("travelplanner.cache.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _measurements.Add((instrument.Name, value)));
        listener.Start();
        return listener;
    }

    private async Task EventuallyServedFromRedisAsync(Func<Task<PagedResult<TripSummary>>> read)
    {
        var databaseName = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await read();
            using var counter = new NpgsqlCommandCounter(databaseName);
            await read();
            if (counter.Count == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "Caching did not resume within 20 s of Redis coming back.");
            await Task.Delay(100);
        }
    }
}
