using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Where a statement runs. With one server, everything opens from the data source as it always did. With standbys
/// (an <see cref="NpgsqlMultiHostDataSource"/>), Npgsql chooses the host: writes, transactions and
/// <see cref="ReadQuery.OnPrimary"/> reads ask for the primary, other reads prefer a standby (the primary when none
/// answers). Read-your-writes is checked here: a read of a user with a recorded commit position
/// (<see cref="ICommitPositions"/>) stays on the standby only when its replay position has reached it, else it is
/// re-opened on the primary. The last replay position seen per standby is remembered, so a standby known to be far
/// enough costs no extra round trip; only a read that may be ahead of it asks (<c>pg_last_wal_replay_lsn()</c>).
/// </summary>
internal sealed class ReadRouter
{
    private static readonly ReadQuery GetWalReplayPosition = QueryCatalog.Read("replication/get_wal_replay_position");

    private readonly NpgsqlDataSource _primary;
    private readonly NpgsqlDataSource? _standbys;
    private readonly ICommitPositions _positions;
    private readonly ConcurrentDictionary<string, ulong> _replayed = new(StringComparer.Ordinal);

    public ReadRouter(NpgsqlDataSource dataSource, ICommitPositions positions)
    {
        if (dataSource is NpgsqlMultiHostDataSource multiHost)
        {
            _primary = multiHost.WithTargetSession(TargetSessionAttributes.Primary);
            _standbys = multiHost.WithTargetSession(TargetSessionAttributes.PreferStandby);
        }
        else
        {
            _primary = dataSource;
        }

        _positions = positions;
    }

    /// <summary>True when reads may go to standbys.</summary>
    public bool IsReplicated => _standbys is not null;

    /// <summary>Where reads were served, for tests and the load run (also the <c>travelplanner.db.reads</c> counter).</summary>
    public ReadCounts Counts { get; } = new();

    /// <summary>A connection to the primary: writes, transactions, locking and <see cref="ReadQuery.OnPrimary"/> reads.</summary>
    public ValueTask<NpgsqlConnection> OpenPrimaryAsync(CancellationToken cancellationToken) =>
        _primary.OpenConnectionAsync(cancellationToken);

    /// <summary>A connection for <paramref name="query"/>: a standby fresh enough for its user, or the primary.</summary>
    public async ValueTask<NpgsqlConnection> OpenForReadAsync(ReadQuery query, object? parameters, CancellationToken cancellationToken)
    {
        if (_standbys is null || query.OnPrimary)
        {
            return await _primary.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = await _standbys.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (IsStandby(connection) == false)
        {
            Counts.Served(ReadServer.PrimaryNoStandby);
            return connection;
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            var fresh = await IsFreshEnoughAsync(connection, ReadingUser.Of(parameters), cancellationToken).ConfigureAwait(false);
            TravelPlannerDiagnostics.DbFreshnessCheckDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (fresh)
            {
                Counts.Served(ReadServer.Standby);
                return connection;
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        Counts.Served(ReadServer.PrimaryForFreshness);
        return await _primary.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> IsFreshEnoughAsync(NpgsqlConnection standby, Guid? user, CancellationToken cancellationToken)
    {
        var required = await _positions.GetAsync(user).ConfigureAwait(false);
        if (required == 0)
        {
            return true;
        }

        if (required == ulong.MaxValue)
        {
            return false;
        }

        var host = $"{standby.Host}:{standby.Port}";
        if (_replayed.TryGetValue(host, out var known) && known >= required)
        {
            return true;
        }

        var replayed = (ulong)await standby.ExecuteScalarAsync<NpgsqlLogSequenceNumber>(
            new CommandDefinition(GetWalReplayPosition.Text, cancellationToken: cancellationToken)).ConfigureAwait(false);
        _replayed.AddOrUpdate(host, replayed, (_, old) => Math.Max(old, replayed));
        return replayed >= required;
    }

    // PostgreSQL 14+ reports in_hot_standby with every session (and again when a standby is promoted): no round trip.
    // Unknown (null) through a pooler that does not pass it on, or before 14: the freshness check then decides (a
    // primary has no replay position, so its reads are re-opened on the primary: correct, if wasteful).
    private static bool? IsStandby(NpgsqlConnection connection) =>
        connection.PostgresParameters.TryGetValue("in_hot_standby", out var value) ? value == "on" : null;
}
