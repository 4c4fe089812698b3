using Dapper;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// A session-level PostgreSQL advisory lock on its own connection, held for a whole migrate run so
/// concurrent migrators (processes or tasks) take turns: the second waits, then finds nothing to do.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    // Any fixed 64-bit number; this one spells "TPDATA" + "MG" in ASCII.
    internal const long Key = 0x5450_4441_5441_4D47;
    private static readonly WriteQuery TryAcquireMigrationLock = QueryCatalog.Write("migrations/try_acquire_migration_lock");
    private static readonly WriteQuery ReleaseMigrationLock = QueryCatalog.Write("migrations/release_migration_lock");
    private static readonly ReadQuery GetBackendPid = QueryCatalog.Read("migrations/get_backend_pid");

    private readonly NpgsqlConnection _connection;

    private MigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<MigrationLock> AcquireAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Pooling off: the lock belongs to the session, which must end (not return to a pool) with it.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await RefuseTransactionPoolerAsync(connection, builder.ConnectionString, cancellationToken).ConfigureAwait(false);
            var deadline = DateTime.UtcNow + timeout;
            while (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(TryAcquireMigrationLock.Text, new { key = Key }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new MigrationException(MigrationFailure.LockTimeout, $"Another migrator held the migration lock for more than {timeout.TotalSeconds:0.#} s.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }

            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A session-level lock through a transaction-mode pooler would be taken on one server connection and the scripts
    /// run on others: refuse before anything is applied. A session keeps its backend between transactions and never
    /// shares it; behind such a pooler, a second client holding a transaction gets the backend the first just released
    /// (PgBouncer reuses the most recent one), or the first moves to another one.
    /// </summary>
    private static async Task RefuseTransactionPoolerAsync(NpgsqlConnection connection, string connectionString, CancellationToken cancellationToken)
    {
        var first = await BackendPidAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var other = new NpgsqlConnection(connectionString);
        await using (other.ConfigureAwait(false))
        {
            await other.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await other.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var second = await BackendPidAsync(other, transaction, cancellationToken).ConfigureAwait(false);
                var again = await BackendPidAsync(connection, null, cancellationToken).ConfigureAwait(false);
                if (second == first || again != first)
                {
                    throw new MigrationException(
                        MigrationFailure.TransactionPooler,
                        "The migrator's connection goes through a pooler in transaction mode (PgBouncer pool_mode = transaction): " +
                        "its lock and scripts need one session, so nothing was applied. Give it a direct connection string to PostgreSQL " +
                        "(or a session-mode pool).");
                }
            }
        }
    }

    private static Task<int> BackendPidAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(GetBackendPid.Text, transaction: transaction, cancellationToken: cancellationToken));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.ExecuteScalarAsync<bool>(new CommandDefinition(ReleaseMigrationLock.Text, new { key = Key })).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // Closing the session below releases the lock anyway.
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
