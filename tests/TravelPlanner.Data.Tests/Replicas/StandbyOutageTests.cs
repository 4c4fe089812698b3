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

        await Task.Delay(TimeSpan.FromSeconds(1));
        var onStandby = counts.Standby;
        await database.Servers.Standby.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var primaryBefore = counts.PrimaryNoStandby;
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Equal(0, failures);
        Assert.True(onStandby > 0, "reads should have run on the standby before it was killed");
        Assert.True(counts.PrimaryNoStandby > primaryBefore, $"reads should keep running on the primary ({reads} in all)");
    }
}
