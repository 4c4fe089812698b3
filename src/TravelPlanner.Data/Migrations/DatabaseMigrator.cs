using Dapper;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// The library's schema migrations (<c>sql/migrations/NNNN_name.sql</c>, paired <c>NNNN_name.down.sql</c>)
/// on DbUp: one transaction per script with its journal row inside it, a checksum journal for drift,
/// a PostgreSQL advisory lock so concurrent migrators take turns, undo, baseline and dry runs.
/// </summary>
public sealed class DatabaseMigrator
{
    /// <summary>The journal table (DbUp's own, upgraded in place with checksum, applied_by and duration_ms).</summary>
    public const string JournalTable = "schemaversions";

    private static readonly SqlQuery UpdateJournalChecksum = QueryCatalog.Get("migrations/update_journal_checksum");
    private static readonly SqlQuery DeleteJournalEntry = QueryCatalog.Get("migrations/delete_journal_entry");

    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly MigrationScripts _scripts;

    /// <summary>Creates a migrator for the database named in <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names no database.</exception>
    public DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator>? logger = null)
        : this(connectionString, MigrationScripts.Embedded, logger)
    {
    }

    /// <summary>A migrator over given up scripts only (tests).</summary>
    internal DatabaseMigrator(string connectionString, IReadOnlyList<SqlScript> scripts, ILogger? logger)
        : this(connectionString, MigrationScripts.UpOnly(scripts), logger)
    {
    }

    /// <summary>A migrator over a given script set (tests).</summary>
    internal DatabaseMigrator(string connectionString, MigrationScripts scripts, ILogger? logger)
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
        _scripts = scripts;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The up scripts embedded in the library, by name, in the order they apply.</summary>
    public static IReadOnlyList<string> ScriptNames { get; } = MigrationScripts.Embedded.Up.Select(s => s.Name).ToList();

    /// <summary>Creates the database when it does not exist yet (connecting to the <c>postgres</c> database to do so).</summary>
    /// <returns>True when the database was created, false when it already existed.</returns>
    /// <exception cref="MigrationException">The server is unreachable, refuses the credentials, or the role may not create databases.</exception>
    public async Task<bool> EnsureDatabaseExistsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await DatabaseCreator.EnsureExistsAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (MigrationErrors.IsDatabaseError(e))
        {
            throw MigrationErrors.Translate(e, scriptName: null);
        }
    }

    /// <summary>
    /// Creates the database if missing, then, holding the migration lock (a PostgreSQL advisory lock, so
    /// concurrent migrators apply each script once), applies every pending script in order, one
    /// transaction per script with its journal row inside it.
    /// </summary>
    /// <remarks>Running it again when nothing is pending changes nothing and returns no applied scripts.</remarks>
    /// <exception cref="MigrationException">The server is unreachable, the credentials are refused, an applied script changed
    /// (drift), a pending script is out of order, the lock was not had in time, or a script failed (named in the exception);
    /// a failed script leaves no trace of itself.</exception>
    public Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default) =>
        MigrateAsync(new MigrateOptions(), cancellationToken);

    /// <inheritdoc cref="MigrateAsync(CancellationToken)"/>
    public async Task<MigrationResult> MigrateAsync(MigrateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var created = await EnsureDatabaseExistsAsync(cancellationToken).ConfigureAwait(false);
        return await WithLockAsync(options.LockTimeout, async () =>
        {
            var pending = Plan(await GetStatusAsync(cancellationToken).ConfigureAwait(false), options);
            var runner = new UpgradeRunner(_connectionString, _logger);
            var applied = await Task.Run(() => runner.Run(pending, options.Variables), cancellationToken).ConfigureAwait(false);
            return new MigrationResult(created, applied);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Dry run: the scripts <see cref="MigrateAsync(MigrateOptions, CancellationToken)"/> would apply with these
    /// options, variables substituted, without changing anything (not even creating the database).
    /// </summary>
    /// <exception cref="MigrationException">As <see cref="MigrateAsync(MigrateOptions, CancellationToken)"/> would refuse (drift, out of order, unknown target).</exception>
    public async Task<IReadOnlyList<PlannedScript>> PlanAsync(MigrateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        MigrationStatus status;
        try
        {
            status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName })
        {
            status = MigrationStatusBuilder.Build(_scripts.Up, []); // The database does not exist yet: everything is pending.
        }

        return Plan(status, options)
            .Select(s => new PlannedScript(s.Name, UpgradeRunner.Substitute(s.Contents, options.Variables), !MigrationScripts.RunsWithoutTransaction(s)))
            .ToList();
    }

    /// <summary>Every embedded or journaled script with its state (Applied, Pending, Changed, Missing, OutOfOrder).</summary>
    /// <exception cref="MigrationException">The server is unreachable, the credentials are refused, or the database does not exist.</exception>
    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var journal = await WithConnectionAsync(connection => Task.FromResult(ChecksumJournal.ReadEntries(connection.CreateCommand)), cancellationToken).ConfigureAwait(false);
        return MigrationStatusBuilder.Build(_scripts.Up, journal);
    }

    /// <summary>Checks that no applied script was edited since it was applied.</summary>
    /// <exception cref="MigrationException">With <see cref="MigrationFailure.Drift"/>, naming the changed scripts.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (status.Changed.Count > 0)
        {
            throw MigrationErrors.Drift(status);
        }
    }

    /// <summary>
    /// Accepts the current files after a deliberate, reviewed edit: records their checksums for every
    /// changed script (and for journal rows written by plain DbUp, which have none).
    /// </summary>
    /// <returns>The scripts whose checksums were recorded.</returns>
    public async Task<IReadOnlyList<string>> RepairAsync(CancellationToken cancellationToken = default)
    {
        var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        var files = _scripts.Up.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var repaired = status.Scripts
            .Where(s => s.Journal is not null && files.ContainsKey(s.Name) && (s.State == ScriptState.Changed || s.Journal.Checksum is null))
            .Select(s => s.Name)
            .ToList();
        await InTransactionAsync(async (connection, transaction) =>
        {
            // A plain DbUp journal gains the checksum column here.
            await connection.ExecuteAsync(new CommandDefinition(ChecksumJournal.EnsureJournal.Text, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var name in repaired)
            {
                var parameters = new { scriptName = name, checksum = ScriptChecksum.Compute(files[name].Contents) };
                await connection.ExecuteAsync(new CommandDefinition(UpdateJournalChecksum.Text, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        return repaired;
    }

    /// <summary>
    /// Reverts the last <paramref name="steps"/> applied scripts, newest first: runs each one's paired
    /// <c>.down.sql</c> script and removes its journal row, all in one transaction (all or nothing).
    /// </summary>
    /// <returns>The scripts undone, newest first.</returns>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.ScriptMissing"/> when a down script is missing (nothing is run);
    /// <see cref="MigrationFailure.ScriptFailed"/> when a down script fails (everything rolls back).</exception>
    public async Task<IReadOnlyList<string>> UndoAsync(int steps = 1, TimeSpan? lockTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        return await WithLockAsync(lockTimeout ?? new MigrateOptions().LockTimeout, async () =>
        {
            var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var toUndo = status.Applied.Reverse().Take(steps).ToList();
            var missing = toUndo.Where(name => !_scripts.Down.ContainsKey(name)).ToList();
            if (missing.Count > 0)
            {
                throw new MigrationException(MigrationFailure.ScriptMissing, $"No down script for {string.Join(", ", missing)}: nothing was undone.");
            }

            string? current = null;
            try
            {
                await InTransactionAsync(async (connection, transaction) =>
                {
                    foreach (var name in toUndo)
                    {
                        current = _scripts.Down[name].Name;
                        await connection.ExecuteAsync(new CommandDefinition(_scripts.Down[name].Contents, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                        await connection.ExecuteAsync(new CommandDefinition(DeleteJournalEntry.Text, new { scriptName = name }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                        MigratorLog.ScriptUndone(_logger, name);
                    }
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (MigrationException e) when (e.InnerException is PostgresException && current is not null)
            {
                throw MigrationErrors.Translate(e.InnerException, current);
            }

            return toUndo;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adopts an existing database: records every script up to and including <paramref name="throughScript"/>
    /// as applied without running it (DbUp's <c>MarkAsExecuted</c>, through this migrator's journal).
    /// </summary>
    /// <returns>The scripts recorded.</returns>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.ScriptMissing"/> when no such script exists.</exception>
    public async Task<IReadOnlyList<string>> BaselineAsync(string throughScript, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(throughScript);
        var target = ResolveScriptName(throughScript);
        await EnsureDatabaseExistsAsync(cancellationToken).ConfigureAwait(false);
        return await WithLockAsync(new MigrateOptions().LockTimeout, async () =>
        {
            var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var marked = status.Pending.Where(n => string.CompareOrdinal(n, target) <= 0).ToList();
            var engine = new UpgradeRunner(_connectionString, _logger).Build(_scripts.Up, inTransaction: true, new Dictionary<string, string>());
            var result = await Task.Run(() => engine.MarkAsExecuted(target), cancellationToken).ConfigureAwait(false);
            return result.Successful ? marked : throw MigrationErrors.Translate(result.Error, result.ErrorScript?.Name);
        }, cancellationToken).ConfigureAwait(false);
    }

    private List<SqlScript> Plan(MigrationStatus status, MigrateOptions options)
    {
        if (status.Changed.Count > 0)
        {
            throw MigrationErrors.Drift(status);
        }

        if (status.OutOfOrder.Count > 0 && !options.AllowOutOfOrder)
        {
            throw new MigrationException(
                MigrationFailure.OutOfOrder,
                $"Pending scripts sort before the last applied one: {string.Join(", ", status.OutOfOrder)}. Allow out-of-order runs to apply them.");
        }

        var target = options.Target is null ? null : ResolveScriptName(options.Target);
        var pending = status.Pending.ToHashSet(StringComparer.Ordinal);
        return _scripts.Up
            .Where(s => pending.Contains(s.Name) && (target is null || string.CompareOrdinal(s.Name, target) <= 0))
            .ToList();
    }

    // Accepts "0003_create_airports.sql" or "0003_create_airports".
    private string ResolveScriptName(string name)
    {
        var candidate = name.EndsWith(".sql", StringComparison.Ordinal) ? name : name + ".sql";
        return _scripts.Up.Any(s => s.Name == candidate)
            ? candidate
            : throw new MigrationException(MigrationFailure.ScriptMissing, $"No migration script named {candidate}.");
    }

    private async Task<T> WithLockAsync<T>(TimeSpan timeout, Func<Task<T>> work, CancellationToken cancellationToken)
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

    private async Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
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

    private Task InTransactionAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken) =>
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
}
