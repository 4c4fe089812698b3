using TravelPlanner.Data.Services;
using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// Issue 14, item 4: a redis-server killed (or stopped with SIGSTOP) under 32 concurrent callers. Before the fix the
/// median call waited the full 250 ms operation timeout for about 9 s; now, from a second after the fault, a call
/// costs what an uncached call costs, and caching resumes by itself once Redis is back. The bound here is generous
/// (the tight figure, 1.5x of the no-Redis median, is measured by the <c>outage</c> benchmark: docs/benchmarks.md).
/// </summary>
public sealed class CacheOutageUnderLoadTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const int Callers = 32;
    // Seconds of cached load before the fault: the old breaker weighed failures against them, which is what kept it shut.
    private static readonly TimeSpan Fault = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Run = TimeSpan.FromSeconds(6);

    private LocalRedisServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LocalRedisServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("kill")]
    [InlineData("sigstop")]
    public async Task From_a_second_after_Redis_goes_away_calls_cost_what_uncached_calls_cost_and_caching_resumes(string fault)
    {
        await using var cached = TestServices.CreateCached(database, _server.ConnectionString);
        await using var plain = TestServices.Create(database);
        var users = new Guid[Callers];
        for (var i = 0; i < Callers; i++)
        {
            users[i] = (await UserBuilder.New().CreateAsync(plain.Get<IUserService>())).Id;
            await TripBuilder.For(users[i]).CreateAsync(cached.Get<ITripService>());
        }

        // Warm both pools first; the baseline is the median of the uncached run's second half.
        await ConcurrentCalls.RunAsync(Callers, TimeSpan.FromSeconds(0.5), i => cached.Get<ITripService>().GetUserTripsAsync(users[i]));
        var uncached = await ConcurrentCalls.RunAsync(Callers, TimeSpan.FromSeconds(2), i => plain.Get<ITripService>().GetUserTripsAsync(users[i]));
        var trips = cached.Get<ITripService>();
        var samples = await ConcurrentCalls.RunAsync(Callers, Run, i => trips.GetUserTripsAsync(users[i]), async clock =>
        {
            await Task.Delay(Fault);
            await (fault == "kill" ? _server.KillAsync() : _server.PauseAsync());
        });

        var baseline = uncached.Median(TimeSpan.FromSeconds(1), TimeSpan.MaxValue)!.Value;
        var during = samples.Median(Fault + TimeSpan.FromSeconds(1), Run)!.Value;
        Assert.DoesNotContain(samples, s => s.Failed);
        // Before the fix a call in this window waited the 250 ms operation timeout on top of its uncached cost. The bound
        // sits between the two, and scales with the machine's load through the baseline.
        Assert.True(
            during < baseline * 1.5 + TimeSpan.FromMilliseconds(150),
            $"median call from 1 s after the {fault} was {during.TotalMilliseconds:F0} ms; uncached median {baseline.TotalMilliseconds:F0} ms");

        await (fault == "kill" ? _server.RestartAsync() : _server.ResumeAsync());
        await EventuallyServedFromRedisAsync(trips, users[0]);
    }

    private static async Task EventuallyServedFromRedisAsync(ITripService trips, Guid user)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var measurements = new FlowMeasurements();
            await trips.GetUserTripsAsync(user);
            if (measurements.Sum("travelplanner.cache.hits") > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "caching did not resume within 20 s of Redis coming back");
            await Task.Delay(100);
        }
    }
}
