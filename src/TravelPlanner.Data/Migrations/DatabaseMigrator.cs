using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

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

    private readonly MigrationDatabase _database;
    private readonly ILogger _logger;
    private readonly MigrationScripts _scripts;

    /// <summary>Creates a migrator for the database named in <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names no database.</exception>
    public DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator>? logger = null)
        : this(connectionString, MigrationScripts.Embedded, logger)
    {
    }

    /// <summary>
    /// A migrator over the scripts in <paramref name="scriptsDirectory"/> instead of the embedded ones: every
    /// <c>NNNN_name.sql</c> file directly in it, with <c>NNNN_name.down.sql</c> files as their down scripts.
    /// For trying scripts before they are embedded, or for a schema of the caller's own.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names no database.</exception>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    public static DatabaseMigrator FromDirectory(string connectionString, string scriptsDirectory, ILogger<DatabaseMigrator>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scriptsDirectory);
        return new DatabaseMigrator(connectionString, MigrationScripts.FromDirectory(scriptsDirectory), logger);
    }

    /// <summary>A migrator over given up scripts only (tests).</summary>
    internal DatabaseMigrator(string connectionString, IReadOnlyList<SqlScript> scripts, ILogger? logger)
        : this(connectionString, MigrationScripts.UpOnly(scripts), logger)
    {
    }

    /// <summary>A migrator over a given script set (tests).</summary>
    internal DatabaseMigrator(string connectionString, MigrationScripts scripts, ILogger? logger)
    {
        _database = new MigrationDatabase(connectionString);
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
            return await DatabaseCreator.EnsureExistsAsync(_database.ConnectionString, cancellationToken).ConfigureAwait(false);
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
        return await _database.WithLockAsync(options.LockTimeout, async () =>
        {
            var pending = MigrationPlanner.Plan(_scripts, await GetStatusAsync(cancellationToken).ConfigureAwait(false), options);
            var runner = new UpgradeRunner(_database.ConnectionString, _logger);
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
        var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        return MigrationPlanner.Plan(_scripts, status, options)
            .Select(s => new PlannedScript(s.Name, UpgradeRunner.Substitute(s.Contents, options.Variables), !MigrationScripts.RunsWithoutTransaction(s)))
            .ToList();
    }

    /// <summary>
    /// Every embedded or journaled script with its state (Applied, Pending, Changed, Missing, OutOfOrder). A database
    /// that does not exist yet has every script Pending (<see cref="MigrateAsync(MigrateOptions, CancellationToken)"/>
    /// creates it); nothing is created here.
    /// </summary>
    /// <exception cref="MigrationException">The server is unreachable or the credentials are refused.</exception>
    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var journal = await _database.ReadJournalAsync(cancellationToken).ConfigureAwait(false);
            return MigrationStatusBuilder.Build(_scripts.Up, journal);
        }
        catch (MigrationException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName })
        {
            return MigrationStatusBuilder.Build(_scripts.Up, []);
        }
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
    /// <remarks>Holds the migration lock, as migrate does, waiting up to 60 s for another migrator.</remarks>
    /// <returns>The scripts whose checksums were recorded.</returns>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.LockTimeout"/> when another migrator held the lock too long.</exception>
    public Task<IReadOnlyList<string>> RepairAsync(CancellationToken cancellationToken = default) =>
        RepairAsync(new MigrateOptions().LockTimeout, cancellationToken);

    /// <inheritdoc cref="RepairAsync(CancellationToken)"/>
    /// <param name="lockTimeout">How long to wait for another migrator holding the migration lock.</param>
    /// <param name="cancellationToken">Cancels the wait and the repair.</param>
    public async Task<IReadOnlyList<string>> RepairAsync(TimeSpan lockTimeout, CancellationToken cancellationToken = default) =>
        await _database.WithLockAsync(lockTimeout, async () =>
        {
            var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
            return await JournalRepair.RunAsync(_database, _scripts, status, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Reverts the last <paramref name="steps"/> applied scripts, newest first: runs each one's paired
    /// <c>.down.sql</c> script and removes its journal row, all in one transaction (all or nothing). A down
    /// script whose first line is <c>-- travelplanner:no-transaction</c> (<c>DROP INDEX CONCURRENTLY</c>) runs
    /// outside it, on its own, its journal row removed right after; the down scripts before it stay undone
    /// if a later one fails.
    /// </summary>
    /// <returns>The scripts undone, newest first.</returns>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.ScriptMissing"/> when a down script is missing (nothing is run);
    /// <see cref="MigrationFailure.ScriptFailed"/> when a down script fails (its transaction rolls back; the message names
    /// what a no-transaction step had already undone).</exception>
    public async Task<IReadOnlyList<string>> UndoAsync(int steps = 1, TimeSpan? lockTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        return await _database.WithLockAsync(lockTimeout ?? new MigrateOptions().LockTimeout, async () =>
        {
            var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
            return await new UndoRunner(_database, _scripts, _logger).RunAsync(status.Applied, steps, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Distributes the tables on a Citus coordinator whose database was migrated before the <c>citus</c> extension was
    /// installed: <see cref="DistributionScript"/> then ran as a no-op and is journaled, so migrating again has nothing
    /// to do. Runs that script's text once more, and makes every table it leaves local (the journal aside) a reference
    /// table, as later migrations do when Citus is present; under the migration lock, in one transaction
    /// (docs/scaling.md). Does nothing when <c>users</c> is already distributed.
    /// </summary>
    /// <returns>True when it distributed the tables; false when they already were.</returns>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.CitusMissing"/> when the database has no <c>citus</c>
    /// extension; <see cref="MigrationFailure.ScriptMissing"/> when <see cref="DistributionScript"/> has not been applied yet
    /// (<c>migrate</c> distributes then); another failure when distributing fails (its transaction rolls back: nothing changes).</exception>
    public async Task<bool> DistributeAsync(TimeSpan? lockTimeout = null, CancellationToken cancellationToken = default) =>
        await _database.WithLockAsync(lockTimeout ?? new MigrateOptions().LockTimeout, async () =>
        {
            var citus = await _database.WithConnectionAsync(async connection =>
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.CommandText = "select exists (select 1 from pg_extension where extname = 'citus')";
                    return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }
            }, cancellationToken).ConfigureAwait(false);
            if (!citus)
            {
                throw new MigrationException(MigrationFailure.CitusMissing,
                    "The database has no citus extension: install Citus, run 'create extension citus' and register the workers first (docs/scaling.md).");
            }

            var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
            if (!status.Applied.Contains(DistributionScript))
            {
                throw new MigrationException(MigrationFailure.ScriptMissing,
                    $"{DistributionScript} has not been applied yet: migrate, which distributes the tables now that Citus is installed.", DistributionScript);
            }

            if (await IsDistributedAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var script = _scripts.Up.Single(s => s.Name == DistributionScript);
            await _database.InTransactionAsync(async (connection, transaction) =>
            {
                var command = new NpgsqlCommand(script.Contents, connection, transaction) { CommandTimeout = 0 };
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // Tables later migrations created while Citus was absent (airport_significance, 0010) are shared lookups:
                // every table the distribution script left local, the journal aside, becomes a reference table, as
                // those migrations make them when Citus is present.
                var rest = new NpgsqlCommand(
                    $"""
                    select create_reference_table(c.oid::regclass)
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.relkind = 'r' and n.nspname = current_schema() and c.relname <> '{JournalTable}'
                      and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.oid)
                    """,
                    connection,
                    transaction) { CommandTimeout = 0 };
                await using (rest.ConfigureAwait(false))
                {
                    await rest.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>The migration that distributes the tables when Citus is installed (and does nothing otherwise).</summary>
    public static string DistributionScript => "0009_distribute_tables_on_citus.sql";

    private Task<bool> IsDistributedAsync(CancellationToken cancellationToken) =>
        _database.WithConnectionAsync(async connection =>
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "select exists (select 1 from pg_dist_partition where logicalrelid = 'users'::regclass)";
                return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
        }, cancellationToken);

    /// <summary>
    /// Adopts an existing database: records every script up to and including <paramref name="throughScript"/>
    /// as applied without running it (DbUp's <c>MarkAsExecuted</c>, through this migrator's journal).
    /// </summary>
    /// <returns>The scripts recorded.</returns>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.ScriptMissing"/> when no such script exists.</exception>
    /// <remarks>Holds the migration lock, as migrate does, waiting up to 60 s for another migrator.</remarks>
    public Task<IReadOnlyList<string>> BaselineAsync(string throughScript, CancellationToken cancellationToken = default) =>
        BaselineAsync(throughScript, new MigrateOptions().LockTimeout, cancellationToken);

    /// <inheritdoc cref="BaselineAsync(string, CancellationToken)"/>
    /// <param name="throughScript">The last script the existing database already has.</param>
    /// <param name="lockTimeout">How long to wait for another migrator holding the migration lock.</param>
    /// <param name="cancellationToken">Cancels the wait and the baseline.</param>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.LockTimeout"/> when another migrator held the lock too long.</exception>
    public async Task<IReadOnlyList<string>> BaselineAsync(string throughScript, TimeSpan lockTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(throughScript);
        var target = _scripts.ResolveUpName(throughScript);
        await EnsureDatabaseExistsAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WithLockAsync(lockTimeout, async () =>
        {
            var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var marked = status.Pending.Where(n => string.CompareOrdinal(n, target) <= 0).ToList();
            var engine = new UpgradeRunner(_database.ConnectionString, _logger).Build(_scripts.Up, inTransaction: true, new Dictionary<string, string>());
            var result = await Task.Run(() => engine.MarkAsExecuted(target), cancellationToken).ConfigureAwait(false);
            return result.Successful ? marked : throw MigrationErrors.Translate(result.Error, result.ErrorScript?.Name);
        }, cancellationToken).ConfigureAwait(false);
    }
}
