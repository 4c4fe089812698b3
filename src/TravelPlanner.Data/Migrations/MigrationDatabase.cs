using Npgsql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// The database a migrator works on: connections, transactions and the migration lock, with driver
/// errors turned into one-line <see cref="MigrationException"/>s.
/// </summary>
internal sealed class MigrationDatabase
{
    private readonly string _connectionString;

    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names no database.</exception>
    public MigrationDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Invalid PostgreSQL connection string: {e.Message}", nameof(connectionString), e);
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new ArgumentException("The connection string names no database (Database=...).", nameof(connectionString));
        }

        _connectionString = connectionString;
    }

    public string ConnectionString => _connectionString;

    /// <summary>Runs <paramref name="work"/> holding the migration lock (waiting up to <paramref name="timeout"/> for it).</summary>
    public async Task<T> WithLockAsync<T>(TimeSpan timeout, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var migrationLock = await MigrationLock.AcquireAsync(_connectionString, timeout, cancellationToken).ConfigureAwait(false);
            await using (migrationLock.ConfigureAwait(false))
            {
                return await work().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (MigrationErrors.IsDatabaseError(e))
        {
            throw MigrationErrors.Translate(e, scriptName: null);
        }
    }

    public async Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var connection = new NpgsqlConnection(_connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return await work(connection).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (MigrationErrors.IsDatabaseError(e))
        {
            throw MigrationErrors.Translate(e, scriptName: null);
        }
    }

    public Task InTransactionAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(async connection =>
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }, cancellationToken);

    /// <summary>
    /// The journal's rows in the order they were written; empty when there is no journal yet. Read by the journal DbUp
    /// uses, whose interface is synchronous, so on a thread-pool thread, as the DbUp run itself: this runs after an awaited
    /// open, and with the host's inline socket completions (README) a blocking read there would wait for the socket
    /// thread it runs on (the web sample hung at start before any request when its answers arrived in pieces).
    /// </summary>
    public Task<List<JournalEntry>> ReadJournalAsync(CancellationToken cancellationToken) =>
        WithConnectionAsync(connection => Task.Run(() => ChecksumJournal.ReadEntries(connection.CreateCommand), cancellationToken), cancellationToken);
}
