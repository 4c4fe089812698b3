using DbUp.Engine;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// A set of up scripts (<c>NNNN_name.sql</c>, applied in ordinal name order) and their paired down
/// scripts (<c>NNNN_name.down.sql</c>, run by undo).
/// </summary>
internal sealed record MigrationScripts(IReadOnlyList<SqlScript> Up, IReadOnlyDictionary<string, SqlScript> Down)
{
    /// <summary>First line that makes a script run outside a transaction (for <c>CREATE INDEX CONCURRENTLY</c>).</summary>
    public const string NoTransactionMarker = "-- travelplanner:no-transaction";

    private const string DownSuffix = ".down.sql";

    /// <summary>The scripts embedded in the library from <c>sql/migrations</c>.</summary>
    public static MigrationScripts Embedded { get; } = FromFiles(
        EmbeddedSql.ReadAll(EmbeddedSql.MigrationsPrefix)
            .Where(r => r.Name.IndexOf('/', EmbeddedSql.MigrationsPrefix.Length) < 0)
            .Select(r => (r.Name[EmbeddedSql.MigrationsPrefix.Length..], r.Text)));

    /// <summary>Splits (file name, text) pairs into up and down scripts. Journaled by file name: permanent once released.</summary>
    public static MigrationScripts FromFiles(IEnumerable<(string Name, string Text)> files)
    {
        var up = new List<SqlScript>();
        var down = new Dictionary<string, SqlScript>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            if (name.EndsWith(DownSuffix, StringComparison.Ordinal))
            {
                down[name[..^DownSuffix.Length] + ".sql"] = new SqlScript(name, text);
            }
            else
            {
                up.Add(new SqlScript(name, text));
            }
        }

        return new MigrationScripts(up.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(), down);
    }

    /// <summary>The <c>*.sql</c> files directly in <paramref name="directory"/>, split as <see cref="FromFiles"/> does.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    public static MigrationScripts FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No migrations directory at {directory}.");
        }

        return FromFiles(Directory.GetFiles(directory, "*.sql").Select(path => (Path.GetFileName(path), File.ReadAllText(path))));
    }

    /// <summary>Only up scripts (tests).</summary>
    public static MigrationScripts UpOnly(IReadOnlyList<SqlScript> up) =>
        new(up.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(), new Dictionary<string, SqlScript>(StringComparer.Ordinal));

    public static bool RunsWithoutTransaction(SqlScript script) =>
        script.Contents.TrimStart('\uFEFF').StartsWith(NoTransactionMarker, StringComparison.Ordinal);

    /// <summary>
    /// Consecutive runs of <paramref name="items"/> whose scripts share a transaction mode, in order: migrate and
    /// undo run each transactional run script by script and each no-transaction run outside a transaction.
    /// </summary>
    public static IEnumerable<(bool InTransaction, List<T> Items)> ByTransactionMode<T>(IEnumerable<T> items, Func<T, SqlScript> scriptOf)
    {
        var current = new List<T>();
        var currentMode = true;
        foreach (var item in items)
        {
            var inTransaction = !RunsWithoutTransaction(scriptOf(item));
            if (current.Count > 0 && inTransaction != currentMode)
            {
                yield return (currentMode, current);
                current = [];
            }

            currentMode = inTransaction;
            current.Add(item);
        }

        if (current.Count > 0)
        {
            yield return (currentMode, current);
        }
    }

    /// <summary>The up script's file name; accepts <c>0003_create_airports.sql</c> or <c>0003_create_airports</c>.</summary>
    /// <exception cref="MigrationException"><see cref="MigrationFailure.ScriptMissing"/> when there is no such script.</exception>
    public string ResolveUpName(string name)
    {
        var candidate = name.EndsWith(".sql", StringComparison.Ordinal) ? name : name + ".sql";
        return Up.Any(s => s.Name == candidate)
            ? candidate
            : throw new MigrationException(MigrationFailure.ScriptMissing, $"No migration script named {candidate}.");
    }
}
