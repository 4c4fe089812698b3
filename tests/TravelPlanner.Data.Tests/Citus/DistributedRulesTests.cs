using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Citus;

/// <summary>
/// Rules that span shards or live on them: cluster-wide e-mail uniqueness under concurrent registration,
/// constraint violations reported by a worker surfacing as the library's typed errors, the schema's
/// distribution and the database-maintained "updatedAt". Runs on plain PostgreSQL too (the same rules hold);
/// the distribution check only on Citus.
/// </summary>
public sealed class DistributedRulesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private TestServices _services = null!;

    public ValueTask InitializeAsync()
    {
        _services = TestServices.Create(database);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task Twenty_parallel_registrations_of_one_address_leave_exactly_one_account()
    {
        var users = _services.Get<IUserService>();
        var email = $"race-{Guid.NewGuid():N}@example.com";

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await users.RegisterAsync(new RegisterUser(email, UserBuilder.DefaultPassword, "Racer", $"N{i}"));
                return null;
            }
            catch (ConflictException e)
            {
                return e;
            }
        }));

        Assert.Single(attempts, a => a is null);
        Assert.All(attempts.OfType<ConflictException>(), e => Assert.Equal("email", e.Field));
        await using var count = database.DataSource.CreateCommand("select count(*) from users where email = $1");
        count.Parameters.Add(new NpgsqlParameter { Value = email });
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_bad_foreign_key_or_a_check_violation_on_a_distributed_table_is_the_typed_error()
    {
        var user = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
        var flights = _services.Get<IFlightService>();

        var noTrip = await Assert.ThrowsAsync<NotFoundException>(() => flights.CreateAsync(ItemInputs.Flight(Guid.NewGuid()), user.Id));
        var noUser = await Assert.ThrowsAsync<NotFoundException>(() => flights.CreateAsync(ItemInputs.Flight(), Guid.NewGuid()));
        var vouchers = _services.Get<IVoucherService>();
        var voucher = await VoucherBuilder.New().Worth(10m).CreateAsync(vouchers, user.Id);
        await using var overdraw = database.DataSource.CreateCommand("""update vouchers set "usedAmount" = 11 where id = $1 and "userId" = $2""");
        overdraw.Parameters.Add(new NpgsqlParameter { Value = voucher.Id });
        overdraw.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        var check = await Assert.ThrowsAsync<PostgresException>(() => overdraw.ExecuteNonQueryAsync());

        Assert.Equal("trip", noTrip.Resource);
        Assert.Equal("user", noUser.Resource);
        // On a cluster the worker's error names the shard's constraint in the message, not in the field.
        Assert.Contains("vouchers_used_amount_within_total", check.ConstraintName ?? check.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updated_at_is_set_by_the_database_on_every_distributed_table_write()
    {
        var user = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
        var trips = _services.Get<ITripService>();
        var trip = await TripBuilder.For(user).CreateAsync(trips);

        var renamed = await trips.UpdateTripAsync(trip.Id, new UpdateTrip("Renamed", trip.DepartureDate, trip.ReturnDate, trip.Purpose), user.Id);

        Assert.True(renamed.UpdatedAt > trip.UpdatedAt, $"updatedAt {renamed.UpdatedAt:O} is not after {trip.UpdatedAt:O}");
    }

    [Fact]
    [Trait(PostgresFixture.TargetTrait, "citus")]
    public async Task Every_user_owned_table_is_distributed_by_its_owner_and_co_located_with_users()
    {
        PostgresFixture.RequireCitus();
        await using var command = database.DataSource.CreateCommand("""
            select logicalrelid::text, coalesce(column_to_column_name(logicalrelid, partkey), ''), partmethod::text,
                   colocationid = (select colocationid from pg_dist_partition where logicalrelid = 'users'::regclass)
            from pg_dist_partition
            order by 1
            """);
        var tables = new Dictionary<string, (string Column, string Method, bool WithUsers)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.GetBoolean(3));
            }
        }

        Assert.Equal(("", "n", false), tables["airports"]);
        Assert.Equal(("", "n", false), tables["airport_significance"]);
        Assert.Equal(("email", "h", false), tables["user_emails"]);
        var byOwner = new Dictionary<string, string>
        {
            ["users"] = "id", ["trips"] = "userId", ["flights"] = "userId", ["hotels"] = "userId", ["transportation"] = "userId",
            ["car_rentals"] = "userId", ["events"] = "userId", ["vouchers"] = "userId", ["voucher_attachments"] = "userId",
            ["trip_companions"] = "userId", ["item_companions"] = "userId", ["travel_companions"] = "createdBy",
            ["companion_relationships"] = "createdBy", ["trip_invitations"] = "invitedBy",
        };
        Assert.All(byOwner, t => Assert.Equal((t.Value, "h", true), tables[t.Key]));
        Assert.Equal(byOwner.Count + 3, tables.Count);
    }
}
