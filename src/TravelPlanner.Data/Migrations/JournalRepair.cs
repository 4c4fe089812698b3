using Dapper;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>Records the current files' checksums for changed scripts and for rows plain DbUp wrote without one.</summary>
internal static class JournalRepair
{
    private static readonly WriteQuery UpdateJournalChecksum = QueryCatalog.Write("migrations/update_journal_checksum");

    /// <summary>Repairs the journal of <paramref name="database"/> against <paramref name="status"/>; the caller holds the lock.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(MigrationDatabase database, MigrationScripts scripts, MigrationStatus status, CancellationToken cancellationToken)
    {
        var files = scripts.Up.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var repaired = status.Scripts
            .Where(s => s.Journal is not null && files.ContainsKey(s.Name) && (s.State == ScriptState.Changed || s.Journal.Checksum is null))
            .Select(s => s.Name)
            .ToList();
        await database.InTransactionAsync(async (connection, transaction) =>
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
}
