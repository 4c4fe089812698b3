using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using StackExchange.Redis;
using TravelPlanner.Benchmarks.Baselines.Raw;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Changes;

namespace TravelPlanner.Benchmarks.Load;

/// <summary>
/// <c>load --op add-hotel --floor</c>: the least any .NET client does for the library's hotel write, with the cache's
/// guarantee and without it, to tell what the guarantee costs on this machine from what the library adds to it. Pooled
/// connections with the library's settings, a new command per call with positional (<c>$n</c>) typed parameters, the row
/// read by ordinal into <see cref="Data.Models.Hotel"/>; no mapper, no retry, no activity, no error translation.
/// <list type="bullet">
/// <item><b>without the cache</b>: the insert alone (<c>hotels/insert_hotel</c>).</item>
/// <item><b>with the cache</b>: what no stale read after the write returns needs, and nothing more: the owner's sharing
/// lock, the audience and the insert in one batch (<c>trips/read_audience_before_write</c>, as the library sends it), then
/// the library's own invalidation script for the owner and the audience, by SHA, with the library's keys, in one call (one
/// Redis server).</item>
/// </list>
/// </summary>
internal sealed partial class AddHotelFloor(string connectionString, IConnectionMultiplexer? redis) : IAsyncDisposable
{
    private static readonly DateTime CheckIn = new(2031, 5, 1, 15, 0, 0, DateTimeKind.Utc);

    private static readonly string[] InsertNames = ["UserId", "TripId", "Name", "Address", "CheckInDateTime", "CheckOutDateTime", "ConfirmationNumber", "Notes"];

    private static readonly string Insert = Positional("hotels/insert_hotel", InsertNames);

    // The sharing lock, then the audience: two statements of one file, one batch command each.
    private static readonly string[] Audience = Positional("trips/read_audience_before_write", ["UserId"])
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: 2 } statements
            ? statements
            : throw new InvalidOperationException("trips/read_audience_before_write is no longer the lock and the audience: update the floor.");

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
        await InvalidateAsync(database, owner, audience);
    }

    public ValueTask DisposeAsync() => _pooled.DisposeAsync();

    private async Task InsertAloneAsync(Guid owner, Guid trip)
    {
        await using var connection = await _pooled.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(Insert, connection);
        AddInsertParameters(command.Parameters, owner, trip);
        await using var reader = await command.ExecuteReaderAsync();
        await ReadHotelAsync(reader);
    }

    private async Task<List<Guid>> InsertAnnouncedAsync(Guid owner, Guid trip)
    {
        await using var connection = await _pooled.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in Audience)
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = owner });
            batch.BatchCommands.Add(command);
        }

        var insert = new NpgsqlBatchCommand(Insert);
        AddInsertParameters(insert.Parameters, owner, trip);
        batch.BatchCommands.Add(insert);
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

    private static Task InvalidateAsync(IDatabase database, Guid owner, List<Guid> audience)
    {
        var (dropped, kept) = (Invalidation.Dropped, Invalidation.Kept);
        var perOwner = dropped.Count + kept.Count + 1;
        var keys = new RedisKey[perOwner * (audience.Count + 1)];
        for (var o = 0; o <= audience.Count; o++)
        {
            var user = (o == 0 ? owner : audience[o - 1]).ToString();
            for (var i = 0; i < dropped.Count; i++)
            {
                keys[o * perOwner + i] = CacheScheme.EntriesKey(dropped[i], user);
            }

            for (var i = 0; i < kept.Count; i++)
            {
                keys[o * perOwner + dropped.Count + i] = CacheScheme.EntriesKey(kept[i], user);
            }

            keys[o * perOwner + perOwner - 1] = CacheScheme.VersionKey(Invalidation.Group, user);
        }

        return database.ScriptEvaluateAsync(Invalidation.Script, keys, Invalidation.Arguments);
    }

    private static void AddInsertParameters(NpgsqlParameterCollection parameters, Guid owner, Guid trip)
    {
        parameters.Add(new NpgsqlParameter<Guid> { TypedValue = owner });
        parameters.Add(new NpgsqlParameter<Guid> { TypedValue = trip });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = "Load hotel" });
        parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value });
        parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = CheckIn });
        parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = CheckIn.AddDays(2) });
        parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value });
        parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = DBNull.Value });
    }

    private static async Task ReadHotelAsync(NpgsqlDataReader reader)
    {
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The floor's hotel insert returned no row.");
        }

        _ = RawRows.Hotel(reader);
    }

    // The library's statement as sent (comments stripped) with @Name turned into $n.
    private static string Positional(string file, string[] names) =>
        Placeholder().Replace(LibrarySql.Get(file), m =>
        {
            var index = Array.IndexOf(names, m.Groups[1].Value);
            return index < 0 ? throw new InvalidOperationException($"{file}: no value for @{m.Groups[1].Value}.") : "$" + (index + 1);
        });

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Placeholder();
}
