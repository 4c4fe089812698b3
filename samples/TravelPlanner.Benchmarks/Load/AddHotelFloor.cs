using Npgsql;
using NpgsqlTypes;
using StackExchange.Redis;
using TravelPlanner.Benchmarks.Baselines.Raw;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// <c>load --op add-hotel --floor</c>: the least any .NET client does for the library's hotel write, with the cache's
/// guarantee and without it, to tell what the guarantee costs on this machine from what the library adds to it. Pooled
/// connections with the library's settings, a new command per call with typed parameters for the library's own statements
/// in their positional form (<see cref="QueryCatalog.WriteOwnerTrips"/>: the insert alone, and the batch the library sends
/// when it announces), the row read by ordinal into <see cref="Data.Models.Hotel"/>; no mapper, no retry, no activity, no
/// error translation.
/// <list type="bullet">
/// <item><b>without the cache</b>: the insert alone (<c>hotels/insert_hotel</c>).</item>
/// <item><b>with the cache</b>: what no stale read after the write returns needs, and nothing more: the owner's sharing
/// lock, the audience and the insert in one batch (<c>trips/read_audience_before_write</c>, as the library sends it), then
/// the library's own invalidation script for the owner and the audience, by SHA, with the library's keys, in one call (one
/// Redis server).</item>
/// </list>
/// </summary>
internal sealed class AddHotelFloor(string connectionString, IConnectionMultiplexer? redis) : IAsyncDisposable
{
    private static readonly DateTime CheckIn = new(2031, 5, 1, 15, 0, 0, DateTimeKind.Utc);

    // The library's own write: the insert alone, and the batch it sends when it announces (the lock, the audience, the insert).
    private static readonly OwnerTripsWrite Write = QueryCatalog.WriteOwnerTrips("hotels/insert_hotel");

    private static readonly GroupInvalidation Invalidation = CacheScheme.InvalidationOf(ChangeKind.Trips)
        ?? throw new InvalidOperationException("A trips write invalidates the trips group.");

    private readonly IDatabase? _database = redis?.GetDatabase();

    private readonly NpgsqlDataSource _pooled = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 128, NoResetOnClose = true }.ConnectionString);

    /// <summary>The write on random seeded users' trips: with the cache's lock, audience and invalidation when <paramref name="cached"/>, else the insert alone.</summary>
    public IReadOnlyList<LoadOperation> Operations(SeededUsers users, bool cached) =>
    [
        new LoadOperation("add-hotel", 1, c =>
        {
            var n = users.PickUser(c.Random);
            return WriteAsync(SeededUsers.UserId(n), users.PickTrip(n, c.Random), cached);
        }),
    ];

    /// <summary>A hotel added to <paramref name="owner"/>'s <paramref name="trip"/>: with the cache's lock, audience and invalidation when <paramref name="cached"/>, else the insert alone.</summary>
    public async Task WriteAsync(Guid owner, Guid trip, bool cached)
    {
        if (!cached)
        {
            await InsertAloneAsync(owner, trip);
            return;
        }

        var database = _database ?? throw new InvalidOperationException("The floor with the cache needs a Redis server.");
        var audience = await InsertAnnouncedAsync(owner, trip);
        // The library's script on the library's keys, owner first: one call for all of them (one Redis server).
        await database.ScriptEvaluateAsync(Invalidation.Script, Invalidation.Keys([owner.ToString(), .. audience.Select(user => user.ToString())]), Invalidation.Arguments);
    }

    public ValueTask DisposeAsync() => _pooled.DisposeAsync();

    private async Task InsertAloneAsync(Guid owner, Guid trip)
    {
        var insert = Write.Alone.Positional!;
        await using var connection = await _pooled.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(insert.Text, connection);
        Bind(command.Parameters, insert, owner, trip);
        await using var reader = await command.ExecuteReaderAsync();
        await ReadHotelAsync(reader);
    }

    private async Task<List<Guid>> InsertAnnouncedAsync(Guid owner, Guid trip)
    {
        await using var connection = await _pooled.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in Write.Announced.Statements)
        {
            var command = new NpgsqlBatchCommand(statement.Text);
            Bind(command.Parameters, statement, owner, trip);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync();
        await reader.NextResultAsync(); // the lock's one row, not read
        var audience = new List<Guid>();
        while (await reader.ReadAsync())
        {
            audience.Add(reader.GetGuid(0));
        }

        await reader.NextResultAsync();
        await ReadHotelAsync(reader);
        return audience;
    }

    // The statement's parameters in its $n order, typed: the values the library's load run sends (no address, confirmation or notes).
    private static void Bind(NpgsqlParameterCollection parameters, PositionalSql statement, Guid owner, Guid trip)
    {
        foreach (var name in statement.Names)
        {
            parameters.Add(name switch
            {
                "UserId" => new NpgsqlParameter<Guid> { TypedValue = owner },
                "TripId" => new NpgsqlParameter<Guid> { TypedValue = trip },
                "Name" => new NpgsqlParameter<string> { TypedValue = "Load hotel" },
                "CheckInDateTime" => new NpgsqlParameter<DateTime> { TypedValue = CheckIn },
                "CheckOutDateTime" => new NpgsqlParameter<DateTime> { TypedValue = CheckIn.AddDays(2) },
                "Address" or "ConfirmationNumber" or "Notes" => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value },
                _ => throw new InvalidOperationException($"The floor has no value for @{name}: update it with hotels/insert_hotel."),
            });
        }
    }

    private static async Task ReadHotelAsync(NpgsqlDataReader reader)
    {
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The floor's hotel insert returned no row.");
        }

        _ = RawRows.Hotel(reader);
    }
}
