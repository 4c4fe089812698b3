using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>Runs the paired down scripts of applied migrations, newest first, and removes their journal rows.</summary>
internal sealed class UndoRunner(MigrationDatabase database, MigrationScripts scripts, ILogger logger)
{
    private static readonly SqlQuery DeleteJournalEntry = QueryCatalog.Get("migrations/delete_journal_entry");

    /// <summary>Undoes the last <paramref name="steps"/> of <paramref name="applied"/> (oldest first); the caller holds the lock.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<string> applied, int steps, CancellationToken cancellationToken)
    {
        var toUndo = applied.Reverse().Take(steps).ToList();
        var missing = toUndo.Where(name => !scripts.Down.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new MigrationException(MigrationFailure.ScriptMissing, $"No down script for {string.Join(", ", missing)}: nothing was undone.");
        }

        string? current = null;
        try
        {
            await database.InTransactionAsync(async (connection, transaction) =>
            {
                foreach (var name in toUndo)
                {
                    current = scripts.Down[name].Name;
                    await connection.ExecuteAsync(new CommandDefinition(scripts.Down[name].Contents, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(DeleteJournalEntry.Text, new { scriptName = name }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    MigratorLog.ScriptUndone(logger, name);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationException e) when (e.InnerException is PostgresException && current is not null)
        {
            throw MigrationErrors.Translate(e.InnerException, current);
        }

        return toUndo;
    }
}
