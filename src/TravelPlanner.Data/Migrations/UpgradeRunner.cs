using System.Diagnostics;
using DbUp;
using DbUp.Engine;
using DbUp.Engine.Preprocessors;
using Microsoft.Extensions.Logging;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// Runs pending scripts through DbUp engines: consecutive scripts that run in a transaction go through
/// one engine with a transaction per script (journal row inside it); a script marked
/// <c>-- travelplanner:no-transaction</c> goes through an engine without one. DbUp is synchronous.
/// </summary>
internal sealed class UpgradeRunner(string connectionString, ILogger logger)
{
    private static readonly ReadQuery ListInvalidIndexes = QueryCatalog.Read("migrations/list_invalid_indexes");

    public List<string> Run(IReadOnlyList<SqlScript> pending, IReadOnlyDictionary<string, string> variables)
    {
        var applied = new List<string>();
        foreach (var segment in MigrationScripts.ByTransactionMode(pending, s => s))
        {
            var result = Build(segment.Items, segment.InTransaction, variables).PerformUpgrade();
            applied.AddRange(result.Scripts.Select(s => s.Name).Where(n => !applied.Contains(n, StringComparer.Ordinal)));
            if (!result.Successful)
            {
                var invalid = segment.InTransaction ? null : FindInvalidIndexes();
                applied.Remove(result.ErrorScript?.Name ?? string.Empty);
                throw MigrationErrors.Translate(result.Error, result.ErrorScript?.Name, invalid);
            }
        }

        foreach (var name in applied)
        {
            MigratorLog.ScriptApplied(logger, name);
        }

        return applied;
    }

    /// <summary>An engine over <paramref name="scripts"/> (all known scripts for <c>MarkAsExecuted</c>, pending ones to run).</summary>
    public UpgradeEngine Build(IEnumerable<SqlScript> scripts, bool inTransaction, IReadOnlyDictionary<string, string> variables)
    {
        var scriptTimer = new Stopwatch();
        var builder = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScripts(scripts)
            .JournalTo((connectionManager, log) => new ChecksumJournal(connectionManager, log, scriptTimer))
            .LogTo(new DbUpLogger(logger));
        // After PostgresqlDatabase's own Configure, which sets the executor this wraps.
        builder.Configure(c => c.ScriptExecutor = new TimedScriptExecutor(c.ScriptExecutor, scriptTimer));
        builder = inTransaction ? builder.WithTransactionPerScript() : builder.WithoutTransaction();
        builder = variables.Count == 0 ? builder.WithVariablesDisabled() : builder.WithVariables(variables.ToDictionary());
        return builder.Build();
    }

    /// <summary>The script as it would run: variables substituted when there are any.</summary>
    public static string Substitute(string contents, IReadOnlyDictionary<string, string> variables) =>
        variables.Count == 0 ? contents : new VariableSubstitutionPreprocessor(variables.ToDictionary()).Process(contents);

    private List<string> FindInvalidIndexes()
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand(ListInvalidIndexes.Text, connection);
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }
        catch (NpgsqlException)
        {
            return [];
        }
    }
}
