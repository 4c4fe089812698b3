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
