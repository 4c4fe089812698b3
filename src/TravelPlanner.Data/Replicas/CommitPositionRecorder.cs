using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Read-your-writes, the write side: told of every committed write (<see cref="ChangeAnnouncer"/>), it reads the
/// primary's WAL insert position, which is at or past the commit, and raises each affected user's position to it
/// (<see cref="ICommitPositions"/>). It runs before the other listeners, so by the time the cache drops a key, a load
/// that refills it is already sent to a server that has replayed the write (<see cref="ReadRouter"/>).
/// Registered only when standbys are configured.
/// </summary>
internal sealed class CommitPositionRecorder(ReadRouter router, ICommitPositions positions, ILogger<CommitPositionRecorder> logger) : IChangeListener
{
    private static readonly ReadQuery GetWalInsertPosition = QueryCatalog.ReadOnPrimary("replication/get_wal_insert_position");

    public bool RunsFirst => true;

    public async Task OnCommittedAsync(ChangeKind kind, IReadOnlyCollection<Guid> users)
    {
        ulong position;
        try
        {
            var connection = await router.OpenPrimaryAsync(CancellationToken.None).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                position = (ulong)await connection.ExecuteScalarAsync<NpgsqlLogSequenceNumber>(
                    new CommandDefinition(GetWalInsertPosition.Text)).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException e)
        {
            // Unknown position: the strictest one keeps these users on the primary rather than risk a stale read.
            ReplicaLog.PositionUnavailable(logger, e, users.Count);
            position = ulong.MaxValue;
        }

        await positions.RecordAsync(users, position).ConfigureAwait(false);
    }
}
