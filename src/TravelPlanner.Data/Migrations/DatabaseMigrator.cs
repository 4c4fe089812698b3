using System.Net.Sockets;
using Dapper;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// Applies the library's embedded SQL migrations (<c>sql/migrations/NNNN_name.sql</c>) with DbUp:
/// one transaction per script, journaled by file name in <c>public.schemaversions</c>.
/// </summary>
public sealed class DatabaseMigrator
{
    /// <summary>The journal table DbUp records applied scripts in.</summary>
    public const string JournalTable = "schemaversions";

    private static readonly SqlQuery UpdateJournalChecksum = QueryCatalog.Get("migrations/update_journal_checksum");

    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<SqlScript> _scripts;

    /// <summary>Creates a migrator for the database named in <paramref name="connectionString"/>.</summary>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names no database.</exception>
    public DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator>? logger = null)
        : this(connectionString, LoadScripts(), logger)
    {
    }

    /// <summary>A migrator over a given script set (tests use it to run failing or extra scripts).</summary>
    internal DatabaseMigrator(string connectionString, IReadOnlyList<SqlScript> scripts, ILogger? logger)
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
    public static IReadOnlyList<string> ScriptNames { get; } = LoadScripts().Select(s => s.Name).ToList();

    /// <summary>Creates the database when it does not exist yet (connecting to the <c>postgres</c> database to do so).</summary>
    /// <returns>True when the database was created, false when it already existed.</returns>
    /// <exception cref="MigrationException">The server is unreachable, refuses the credentials, or the role may not create databases.</exception>
    public async Task<bool> EnsureDatabaseExistsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await DatabaseCreator.EnsureExistsAsync(_connectionString, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Translate(e, scriptName: null);
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
        try
        {
            var migrationLock = await MigrationLock.AcquireAsync(_connectionString, options.LockTimeout, cancellationToken).ConfigureAwait(false);
            await using (migrationLock.ConfigureAwait(false))
            {
                var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
                if (status.Changed.Count > 0)
                {
                    throw DriftError(status);
                }

                if (status.OutOfOrder.Count > 0 && !options.AllowOutOfOrder)
                {
                    throw new MigrationException(
                        MigrationFailure.OutOfOrder,
                        $"Pending scripts sort before the last applied one: {string.Join(", ", status.OutOfOrder)}. Allow out-of-order runs to apply them.");
                }

                // DbUp is synchronous; keep it off the caller's thread.
                var result = await Task.Run(() => BuildEngine().PerformUpgrade(), cancellationToken).ConfigureAwait(false);
                if (!result.Successful)
                {
                    throw Translate(result.Error, result.ErrorScript?.Name);
                }

                var applied = result.Scripts.Select(s => s.Name).ToList();
                foreach (var name in applied)
                {
                    MigratorLog.ScriptApplied(_logger, name);
                }

                return new MigrationResult(created, applied);
            }
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Translate(e, scriptName: null);
        }
    }

    /// <summary>Every embedded or journaled script with its state (Applied, Pending, Changed, Missing, OutOfOrder).</summary>
    /// <exception cref="MigrationException">The server is unreachable, the credentials are refused, or the database does not exist.</exception>
    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var journal = await ReadJournalAsync(cancellationToken).ConfigureAwait(false);
            return MigrationStatusBuilder.Build(_scripts, journal);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Translate(e, scriptName: null);
        }
    }

    /// <summary>Checks that no applied script was edited since it was applied.</summary>
    /// <exception cref="MigrationException">With <see cref="MigrationFailure.Drift"/>, naming the changed scripts.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        var status = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (status.Changed.Count > 0)
        {
            throw DriftError(status);
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
        var byName = _scripts.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var repaired = status.Scripts
            .Where(s => s.Journal is not null && byName.ContainsKey(s.Name)
                        && (s.State == ScriptState.Changed || s.Journal.Checksum is null))
            .Select(s => s.Name)
            .ToList();
        try
        {
            var connection = new NpgsqlConnection(_connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // A plain DbUp journal gains the checksum column here.
                    await connection.ExecuteAsync(new CommandDefinition(ChecksumJournal.EnsureJournal.Text, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    foreach (var name in repaired)
                    {
                        await connection.ExecuteAsync(new CommandDefinition(
                            UpdateJournalChecksum.Text,
                            new { scriptName = name, checksum = ScriptChecksum.Compute(byName[name].Contents) },
                            transaction,
                            cancellationToken: cancellationToken)).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Translate(e, scriptName: null);
        }

        return repaired;
    }

    private async Task<List<JournalEntry>> ReadJournalAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return ChecksumJournal.ReadEntries(connection.CreateCommand);
        }
    }

    private static MigrationException DriftError(MigrationStatus status) =>
        new(MigrationFailure.Drift, $"Applied scripts changed since they were applied: {string.Join(", ", status.Changed)}. Revert the edits, or run repair after review.");

    private UpgradeEngine BuildEngine() =>
        DeployChanges.To
            .PostgresqlDatabase(_connectionString)
            .WithScripts(_scripts)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .JournalTo((connectionManager, log) => new ChecksumJournal(connectionManager, log))
            .LogTo(new DbUpLogger(_logger))
            .Build();

    // Journaled by file name only ("0001_create_extensions_and_functions.sql"): permanent once released.
    internal static List<SqlScript> LoadScripts() =>
        EmbeddedSql.ReadAll(EmbeddedSql.MigrationsPrefix)
            .Where(r => !r.Name.EndsWith(".down.sql", StringComparison.Ordinal))
            .Where(r => r.Name.IndexOf('/', EmbeddedSql.MigrationsPrefix.Length) < 0)
            .Select(r => new SqlScript(r.Name[EmbeddedSql.MigrationsPrefix.Length..], r.Text))
            .ToList();

    private static MigrationException Translate(Exception? error, string? scriptName)
    {
        var root = error;
        while (root is { InnerException: not null } && root is not PostgresException)
        {
            root = root.InnerException;
        }

        return root switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } pg =>
                new MigrationException(MigrationFailure.AuthenticationFailed, $"Authentication failed: {pg.MessageText}", null, error),
            PostgresException pg when scriptName is not null =>
                new MigrationException(MigrationFailure.ScriptFailed, $"Script {scriptName} failed: {pg.SqlState}: {pg.MessageText}", scriptName, error),
            _ when IsUnreachable(error) =>
                new MigrationException(MigrationFailure.ServerUnreachable, $"PostgreSQL server unreachable: {OneLine(root?.Message ?? "no answer")}", null, error),
            _ when scriptName is not null =>
                new MigrationException(MigrationFailure.ScriptFailed, $"Script {scriptName} failed: {OneLine(root?.Message ?? "unknown error")}", scriptName, error),
            PostgresException pg =>
                new MigrationException(MigrationFailure.Other, $"{pg.SqlState}: {pg.MessageText}", null, error),
            _ => new MigrationException(MigrationFailure.Other, OneLine(root?.Message ?? "unknown error"), null, error),
        };
    }

    private static bool IsUnreachable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
