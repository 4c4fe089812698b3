using System.Data;
using System.Diagnostics;
using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.Engine.Transactions;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// DbUp journal (its <see cref="IJournal"/> extension point) on DbUp's own <c>schemaversions</c> table,
/// upgraded in place with a checksum, who applied the script and how long it ran (<paramref name="scriptTimer"/>,
/// restarted by <see cref="TimedScriptExecutor"/> as each script starts). The row is written inside the
/// script's transaction, so a script and its journal row commit or roll back together.
/// </summary>
internal sealed class ChecksumJournal(Func<IConnectionManager> connectionManager, Func<IUpgradeLog> log, Stopwatch scriptTimer) : IJournal
{
    internal static readonly WriteQuery EnsureJournal = QueryCatalog.Write("migrations/ensure_journal");
    private static readonly ReadQuery JournalExists = QueryCatalog.Read("migrations/journal_exists");
    private static readonly ReadQuery GetJournalEntries = QueryCatalog.Read("migrations/get_journal_entries");
    private static readonly WriteQuery InsertJournalEntry = QueryCatalog.Write("migrations/insert_journal_entry");

    /// <summary>Who applies scripts from this process: <c>os-user@machine</c>.</summary>
    public static string CurrentActor { get; } = $"{Environment.UserName}@{Environment.MachineName}";

    public string[] GetExecutedScripts() =>
        connectionManager().ExecuteCommandsWithManagedConnection(factory =>
            ReadEntries(factory).Select(e => e.ScriptName).ToArray());

    public void StoreExecutedScript(SqlScript script, Func<IDbCommand> dbCommandFactory)
    {
        EnsureTableExistsAndIsLatestVersion(dbCommandFactory);
        using var command = dbCommandFactory();
        command.CommandText = InsertJournalEntry.Text;
        AddParameter(command, "scriptName", script.Name);
        AddParameter(command, "checksum", ScriptChecksum.Compute(script.Contents));
        AddParameter(command, "appliedBy", CurrentActor);
        AddParameter(command, "durationMs", (int)Math.Min(scriptTimer.ElapsedMilliseconds, int.MaxValue));
        command.ExecuteNonQuery();
    }

    public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> dbCommandFactory)
    {
        using var command = dbCommandFactory();
        command.CommandText = EnsureJournal.Text;
        command.ExecuteNonQuery();
        log().LogDebug("Journal table public.schemaversions is present and current.");
    }

    /// <summary>The journal's rows in the order they were written; empty when there is no journal yet.</summary>
    public static List<JournalEntry> ReadEntries(Func<IDbCommand> dbCommandFactory)
    {
        using (var exists = dbCommandFactory())
        {
            exists.CommandText = JournalExists.Text;
            if (exists.ExecuteScalar() is not true)
            {
                return [];
            }
        }

        using var command = dbCommandFactory();
        command.CommandText = GetJournalEntries.Text;
        using var reader = command.ExecuteReader();
        var entries = new List<JournalEntry>();
        while (reader.Read())
        {
            entries.Add(new JournalEntry(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return entries;
    }

    private static void AddParameter(IDbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
