namespace TravelPlanner.Data.Migrations;

/// <summary>Why a migration run could not complete.</summary>
public enum MigrationFailure
{
    /// <summary>The PostgreSQL server could not be reached (host, port, network).</summary>
    ServerUnreachable,

    /// <summary>The server refused the credentials or the role may not connect.</summary>
    AuthenticationFailed,

    /// <summary>A migration script failed; <see cref="MigrationException.ScriptName"/> names it.</summary>
    ScriptFailed,

    /// <summary>An applied script's file changed since it was applied (see <see cref="DatabaseMigrator.VerifyAsync"/>, <see cref="DatabaseMigrator.RepairAsync(CancellationToken)"/>).</summary>
    Drift,

    /// <summary>A pending script sorts before the last applied one and out-of-order runs were not allowed.</summary>
    OutOfOrder,

    /// <summary>Another migrator held the migration lock for longer than the lock timeout.</summary>
    LockTimeout,

    /// <summary>Undo was asked for a script that has no paired <c>.down.sql</c> script, or a named script does not exist.</summary>
    ScriptMissing,

    /// <summary>Anything else (permissions, invalid connection string, ...).</summary>
    Other,

    /// <summary>
    /// The connection string leads through a pooler in transaction mode (PgBouncer <c>pool_mode = transaction</c>): the
    /// migration lock and the scripts need one session. Nothing was applied; give the migrator a direct connection.
    /// </summary>
    TransactionPooler,

    /// <summary>Distributing the tables was asked of a database without the <c>citus</c> extension.</summary>
    CitusMissing,
}
