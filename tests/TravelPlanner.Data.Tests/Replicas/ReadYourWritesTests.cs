using TravelPlanner.Data.Models;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Replicas;

/// <summary>
/// Reads on a real hot standby with its replay paused: a user's own writes are read from a server that has them, and
/// everyone else keeps reading from the standby. Each test resumes replay before it ends.
/// </summary>
public sealed class ReadYourWritesTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>, IAsyncLifetime
{
    private TestServices _services = null!;

    private ITripService Trips => _services.Get<ITripService>();

    private ReadCounts Counts => _services.Get<ReadRouter>().Counts;

    public ValueTask InitializeAsync()
    {
        // The "primary plus standby connection strings" form; the fixture's multi-host string is tested below.
        _services = TestServices.Create(database.PrimaryConnectionString, redisConnectionString: null, options =>
        {
            options.Replicas.StandbyConnectionStrings = [database.StandbyConnectionString];
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await database.Servers.ResumeReplayAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task With_replay_paused_a_writers_read_sees_the_write_from_the_primary_and_another_users_read_stays_on_the_standby()
    {
        var (writer, reader) = await TwoReplayedUsersAsync();
        await database.Servers.PauseReplayAsync();

        var trip = await TripBuilder.For(writer).Named("Written while the standby waits").CreateAsync(Trips);
        var before = Snapshot();
        var writersTrips = await Trips.GetUserTripsAsync(writer.Id, TripFilter.All);
        var afterWriter = Snapshot();
        var readersTrips = await Trips.GetUserTripsAsync(reader.Id, TripFilter.All);
        var afterReader = Snapshot();

        Assert.Contains(writersTrips.Items, t => t.Id == trip.Id);
        Assert.Equal(before with { PrimaryForFreshness = before.PrimaryForFreshness + 1 }, afterWriter);
        Assert.Empty(readersTrips.Items);
        Assert.Equal(afterWriter with { Standby = afterWriter.Standby + 1 }, afterReader);
    }

    [Fact]
    public async Task After_replay_resumes_the_writers_reads_return_to_the_standby()
    {
        var (writer, _) = await TwoReplayedUsersAsync();
        await database.Servers.PauseReplayAsync();
        var trip = await TripBuilder.For(writer).CreateAsync(Trips);
        var paused = Snapshot();
        await Trips.GetUserTripsAsync(writer.Id, TripFilter.All);
        Assert.Equal(paused.PrimaryForFreshness + 1, Snapshot().PrimaryForFreshness);

        await database.Servers.ResumeReplayAsync();
        await database.Servers.WaitForReplayAsync();
        var resumed = Snapshot();
        var trips = await Trips.GetUserTripsAsync(writer.Id, TripFilter.All);

        Assert.Contains(trips.Items, t => t.Id == trip.Id);
        Assert.Equal(resumed with { Standby = resumed.Standby + 1 }, Snapshot());
    }

    [Fact]
    public async Task A_multi_host_connection_string_alone_routes_the_same_way()
    {
        await using var services = TestServices.Create(database.ConnectionString, redisConnectionString: null);
        var trips = services.Get<ITripService>();
        var counts = services.Get<ReadRouter>().Counts;
        var writer = await UserBuilder.New().CreateAsync(services.Get<IUserService>());
        await database.Servers.WaitForReplayAsync();
        await database.Servers.PauseReplayAsync();

        var trip = await TripBuilder.For(writer).CreateAsync(trips);
        var read = await trips.GetUserTripsAsync(writer.Id, TripFilter.All);

        Assert.Contains(read.Items, t => t.Id == trip.Id);
        Assert.Equal(1, counts.PrimaryForFreshness);
    }

    [Fact]
    public async Task A_user_who_just_signed_up_can_log_in_while_replay_is_paused()
    {
        await database.Servers.PauseReplayAsync();
        var users = _services.Get<IUserService>();
        var user = await UserBuilder.New().CreateAsync(users);

        var loggedIn = await users.AuthenticateAsync(user.Email, UserBuilder.DefaultPassword);

        Assert.Equal(user.Id, loggedIn.Id);
    }

    private async Task<(User Writer, User Reader)> TwoReplayedUsersAsync()
    {
        var users = _services.Get<IUserService>();
        var writer = await UserBuilder.New().CreateAsync(users);
        var reader = await UserBuilder.New().CreateAsync(users);
        await database.Servers.WaitForReplayAsync();
        return (writer, reader);
    }

    private Served Snapshot() => new(Counts.Standby, Counts.PrimaryForFreshness, Counts.PrimaryNoStandby);

    private sealed record Served(long Standby, long PrimaryForFreshness, long PrimaryNoStandby);
}
