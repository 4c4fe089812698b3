using TravelPlanner.Data.Models;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Replicas;

/// <summary>The standby is killed while reads run: they move to the primary and none fails (a pair of servers of its own).</summary>
public sealed class StandbyOutageTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>
{
    [Fact]
    public async Task Killing_the_standby_mid_load_fails_no_read()
    {
        await using var services = TestServices.Create(database.ConnectionString, redisConnectionString: null, options =>
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(20));
        var trips = services.Get<ITripService>();
        var counts = services.Get<ReadRouter>().Counts;
        var users = new List<User>();
        for (var i = 0; i < 4; i++)
        {
            var user = await UserBuilder.New().CreateAsync(services.Get<IUserService>());
            await TripBuilder.For(user).CreateAsync(trips);
            users.Add(user);
        }

        await database.Servers.WaitForReplayAsync();
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var reads = 0;
        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var page = await trips.GetUserTripsAsync(users[worker % users.Count].Id, TripFilter.All);
                    Assert.Equal(1, page.TotalCount);
                    Interlocked.Increment(ref reads);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        try
        {
            // Waits on what happened, not on time: a busy machine may take seconds to serve the first reads.
            await EventuallyAsync(() => counts.Standby > 0, "reads should run on the standby before it is killed");
            await database.Servers.Standby.StopAsync();
            var primaryBefore = counts.PrimaryNoStandby;
            await EventuallyAsync(() => counts.PrimaryNoStandby > primaryBefore + 50, $"reads should keep running on the primary ({reads} so far)");
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        Assert.Equal(0, failures);
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what);
            await Task.Delay(50);
        }
    }
}
