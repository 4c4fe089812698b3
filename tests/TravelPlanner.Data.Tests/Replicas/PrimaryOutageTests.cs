using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Replicas;

/// <summary>The primary is stopped: reads keep working from the standby, writes fail with one typed error (a pair of servers of its own).</summary>
public sealed class PrimaryOutageTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>
{
    [Fact]
    public async Task With_the_primary_stopped_reads_succeed_from_the_standby_and_writes_fail_with_PrimaryUnavailableException()
    {
        await using var services = TestServices.Create(database.ConnectionString, redisConnectionString: null, options =>
        {
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        });
        var trips = services.Get<ITripService>();
        var user = await UserBuilder.New().CreateAsync(services.Get<IUserService>());
        var trip = await TripBuilder.For(user).CreateAsync(trips);
        await database.Servers.WaitForReplayAsync();

        await database.Servers.Primary.StopAsync();
        var read = await trips.GetUserTripsAsync(user.Id, TripFilter.All);
        var details = await trips.GetTripWithDetailsAsync(trip.Id, user.Id);
        var write = await Assert.ThrowsAsync<PrimaryUnavailableException>(() => TripBuilder.For(user).CreateAsync(trips));

        Assert.Equal(trip.Id, Assert.Single(read.Items).Id);
        Assert.Equal(trip.Id, details.Trip.Id);
        Assert.Contains("primary", write.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, services.Get<ReadRouter>().Counts.PrimaryForFreshness);
    }
}
