using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Citus;

/// <summary>
/// docs/scaling.md's path from one server to the cluster, on databases that already hold rows: a database
/// made and filled without Citus, then the extension installed and the workers registered, then the
/// migrator. The rows must arrive on the shards, keyed and readable through the services, with every
/// single-user call still a router query. Citus only (<c>./build.sh test-citus</c>).
/// </summary>
[Trait(PostgresFixture.TargetTrait, "citus")]
public sealed class ExistingDatabaseTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly string[] DistributedTables =
    [
        "airport_significance", "airports", "car_rentals", "companion_relationships", "events", "flights", "hotels", "item_companions",
        "transportation", "travel_companions", "trip_companions", "trip_invitations", "trips", "user_emails", "users",
        "voucher_attachments", "vouchers",
    ];

    private readonly string _name = "tp_grow_" + Guid.NewGuid().ToString("N")[..12];
    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync()
    {
        PostgresFixture.RequireCitus();
        _connectionString = await postgres.Citus.CreatePlainDatabaseAsync(_name, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString.Length > 0)
        {
            await postgres.DropDatabaseAsync(_connectionString);
        }
    }

    [Fact]
    public async Task Rows_written_before_the_owner_keys_are_keyed_and_distributed_by_the_remaining_migrations()
    {
        var migrator = new DatabaseMigrator(Unpooled(_connectionString));
        await migrator.MigrateAsync(new MigrateOptions { Target = "0007_create_trip_invitations.sql" }, TestContext.Current.CancellationToken);
        var user = Guid.NewGuid();
        var trip = Guid.NewGuid();
        var flight = Guid.NewGuid();
        var email = $"early-{Guid.NewGuid():N}@example.com";
        // The schema as 0007 left it, written the way the seed's application wrote it.
        await ExecuteAsync(
            """
            insert into users (id, email, password, "firstName", "lastName") values (@user, @email, @hash, 'Early', 'Adopter');
            insert into trips (id, "userId", name, "departureDate", "returnDate") values (@trip, @user, 'Before the cluster', date '2031-05-01', date '2031-05-09');
            insert into flights (id, "userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime")
            values (@flight, @user, @trip, 'UA100', 'SFO', 'ORD', timestamptz '2031-05-01 08:00Z', timestamptz '2031-05-01 14:00Z');
            """,
            ("user", user), ("trip", trip), ("flight", flight), ("email", email), ("hash", BCrypt.Net.BCrypt.HashPassword(UserBuilder.DefaultPassword, 4)));

        await postgres.Citus.EnableCitusAsync(_name, TestContext.Current.CancellationToken);
        var result = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DatabaseMigrator.ScriptNames.SkipWhile(n => n != "0008_key_every_row_by_its_user.sql"), result.AppliedScripts);
        Assert.Equal(DistributedTables, await DistributedTablesAsync());
        await using var services = Routed();
        Assert.Equal(user, (await services.Get<IUserService>().AuthenticateAsync(email, UserBuilder.DefaultPassword)).Id);
        var details = await services.Get<ITripService>().GetTripWithDetailsAsync(trip, user);
        Assert.Equal(flight, Assert.Single(details.Flights).Id);
        // The address moved into user_emails (0008), so the cluster-wide rule holds for it too.
        await Assert.ThrowsAsync<ConflictException>(() => services.Get<IUserService>().RegisterAsync(UserBuilder.New().WithEmail(email).Build()));
    }

    [Fact]
    public async Task A_database_migrated_before_citus_is_distributed_by_distribute_and_only_once()
    {
        var migrator = new DatabaseMigrator(Unpooled(_connectionString));
        await migrator.MigrateAsync(TestContext.Current.CancellationToken);
        var missing = await Assert.ThrowsAsync<MigrationException>(() => migrator.DistributeAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(MigrationFailure.CitusMissing, missing.Failure);
        User user;
        Trip trip;
        Voucher voucher;
        await using (var single = TestServices.Create(_connectionString, redisConnectionString: null))
        {
            user = await UserBuilder.New().CreateAsync(single.Get<IUserService>());
            trip = await TripBuilder.For(user).CreateAsync(single.Get<ITripService>());
            await single.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id), user.Id);
            voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(single.Get<IVoucherService>(), user.Id);
        }

        await postgres.Citus.EnableCitusAsync(_name, TestContext.Current.CancellationToken);
        // The distribution migration ran as a no-op before the extension existed: migrating has nothing pending.
        Assert.Empty((await migrator.MigrateAsync(TestContext.Current.CancellationToken)).AppliedScripts);
        Assert.Empty(await DistributedTablesAsync());

        Assert.True(await migrator.DistributeAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.False(await migrator.DistributeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(DistributedTables, await DistributedTablesAsync());
        await migrator.VerifyAsync(TestContext.Current.CancellationToken);
        await using var services = Routed();
        var details = await services.Get<ITripService>().GetTripWithDetailsAsync(trip.Id, user.Id);
        Assert.Single(details.Flights);
        Assert.Equal(100m, (await services.Get<IVoucherService>().GetVoucherAsync(voucher.Id, user.Id)).TotalValue);
        await services.Get<ITripService>().UpdateTripAsync(trip.Id, new UpdateTrip("On the cluster", trip.DepartureDate, trip.ReturnDate, trip.Purpose), user.Id);
    }

    // Every single-user call on these services fails if Citus would split it over several shards.
    private TestServices Routed()
    {
        var strict = new NpgsqlConnectionStringBuilder(_connectionString) { Options = "-c citus.multi_task_query_log_level=error" };
        return TestServices.Create(strict.ConnectionString, redisConnectionString: null);
    }

    private async Task<string[]> DistributedTablesAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(Unpooled(_connectionString));
        await using var command = dataSource.CreateCommand("select logicalrelid::regclass::text from pg_dist_partition order by 1");
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return [.. tables];
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(Unpooled(_connectionString));
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}
