using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Pooling;

/// <summary>
/// PgBouncer in transaction mode (the service tests all run through it too): what needs a session is refused, and
/// many concurrent callers through few server connections work with <see cref="TravelPlannerDataOptions.TransactionPooling"/>.
/// </summary>
public sealed class TransactionPoolingTests(PostgresFixture postgres, TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_migrator_refuses_a_transaction_mode_pooler_and_applies_nothing()
    {
        var empty = await postgres.CreateEmptyDatabaseAsync(TestContext.Current.CancellationToken);
        var pooled = postgres.Bouncer.Through(empty);

        var refused = await Assert.ThrowsAsync<MigrationException>(() => new DatabaseMigrator(pooled).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Equal(MigrationFailure.TransactionPooler, refused.Failure);
        Assert.Contains("direct connection", refused.Message, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(empty);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var tables = new NpgsqlCommand("select count(*) from pg_tables where schemaname = 'public'", connection);
        Assert.Equal(0L, await tables.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        await postgres.DropDatabaseAsync(empty);
    }

    [Fact]
    public async Task The_migrator_still_runs_on_a_direct_connection()
    {
        var empty = await postgres.CreateEmptyDatabaseAsync(TestContext.Current.CancellationToken);

        var result = await new DatabaseMigrator(empty).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.AppliedScripts);
        await postgres.DropDatabaseAsync(empty);
    }

    [Fact]
    public async Task Many_concurrent_callers_share_few_server_connections_without_errors()
    {
        await using var services = TestServices.Create(database.PooledConnectionString, redisConnectionString: null, options => options.TransactionPooling = true);
        var users = services.Get<IUserService>();
        var trips = services.Get<ITripService>();

        var work = Enumerable.Range(0, 40).Select(async i =>
        {
            var user = await UserBuilder.New().CreateAsync(users);
            var trip = await TripBuilder.For(user).Named($"Pooled {i}").CreateAsync(trips);
            var details = await trips.GetTripWithDetailsAsync(trip.Id, user.Id);
            var list = await trips.GetUserTripsAsync(user.Id, TripFilter.All);
            await trips.DeleteTripAsync(trip.Id, user.Id);
            return (details.Trip.Id == trip.Id, list.TotalCount);
        });

        var results = await Task.WhenAll(work);

        Assert.All(results, r => Assert.Equal((true, 1), r));
    }
}
