using Dapper;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// Runs the paired down scripts of applied migrations, newest first, and removes their journal rows:
/// consecutive down scripts in one transaction with their journal deletes; a down script marked
/// <c>-- travelplanner:no-transaction</c> (<c>DROP INDEX CONCURRENTLY</c>) outside one, its journal row
/// removed in a step of its own right after it, as migrate writes the row of a no-transaction script.
/// </summary>
internal sealed class UndoRunner(MigrationDatabase database, MigrationScripts scripts, ILogger logger)
{
    private static readonly WriteQuery DeleteJournalEntry = QueryCatalog.Write("migrations/delete_journal_entry");

    /// <summary>Undoes the last <paramref name="steps"/> of <paramref name="applied"/> (oldest first); the caller holds the lock.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<string> applied, int steps, CancellationToken cancellationToken)
    {
        var toUndo = applied.Reverse().Take(steps).ToList();
        var missing = toUndo.Where(name => !scripts.Down.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new MigrationException(MigrationFailure.ScriptMissing, $"No down script for {string.Join(", ", missing)}: nothing was undone.");
        }

        var undone = new List<string>();
        foreach (var (inTransaction, names) in MigrationScripts.ByTransactionMode(toUndo, name => scripts.Down[name]))
        {
            try
            {
                if (inTransaction)
                {
                    await UndoInTransactionAsync(names, cancellationToken).ConfigureAwait(false);
                    undone.AddRange(names);
                }
                else
                {
                    foreach (var name in names)
                    {
                        await UndoWithoutTransactionAsync(name, cancellationToken).ConfigureAwait(false);
                        undone.Add(name);
                    }
                }
            }
            catch (MigrationException e) when (undone.Count > 0)
            {
                // A no-transaction step commits on its own, so what went before it stays undone: say so.
                throw new MigrationException(e.Failure, $"{e.Message} Undone before the failure: {string.Join(", ", undone)}.", e.ScriptName, e.InnerException);
            }
        }

        return undone;
    }

    private async Task UndoInTransactionAsync(List<string> names, CancellationToken cancellationToken)
    {
        SqlScript? current = null;
        try
        {
            await database.InTransactionAsync(async (connection, transaction) =>
            {
                foreach (var name in names)
                {
                    current = scripts.Down[name];
                    await connection.ExecuteAsync(new CommandDefinition(current.Contents, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(DeleteJournalEntry.Text, new { scriptName = name }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    MigratorLog.ScriptUndone(logger, name);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationException e) when (e.InnerException is PostgresException && current is not null)
        {
            throw MigrationErrors.Translate(e.InnerException, current.Name);
        }
    }

    private async Task UndoWithoutTransactionAsync(string name, CancellationToken cancellationToken)
    {
        var down = scripts.Down[name];
        var ran = false;
        try
        {
            await database.WithConnectionAsync(async connection =>
            {
                await connection.ExecuteAsync(new CommandDefinition(down.Contents, cancellationToken: cancellationToken)).ConfigureAwait(false);
                ran = true;
                await connection.ExecuteAsync(new CommandDefinition(DeleteJournalEntry.Text, new { scriptName = name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                MigratorLog.ScriptUndone(logger, name);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationException e) when (e.InnerException is PostgresException && !ran)
        {
            throw MigrationErrors.Translate(e.InnerException, down.Name);
        }
    }
}
