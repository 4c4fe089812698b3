using System.Reflection;
using System.Text;

namespace TravelPlanner.Data.Sql;

/// <summary>Reads the SQL files embedded from the repository's top-level <c>sql/</c> folder.</summary>
internal static class EmbeddedSql
{
    /// <summary>Logical-name prefix of every embedded query file.</summary>
    public const string QueriesPrefix = "sql/queries/";

    /// <summary>Logical-name prefix of every embedded migration script.</summary>
    public const string MigrationsPrefix = "sql/migrations/";

    private static readonly Assembly Assembly = typeof(EmbeddedSql).Assembly;

    /// <summary>Every embedded resource whose logical name starts with <paramref name="prefix"/>, in ordinal order.</summary>
    public static IEnumerable<(string Name, string Text)> ReadAll(string prefix)
    {
        foreach (var resource in Assembly.GetManifestResourceNames()
                     .Select(Normalise)
                     .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            yield return (resource, Read(resource));
        }
    }

    private static string Read(string logicalName)
    {
        var stream = Assembly.GetManifestResourceStream(logicalName)
            ?? Assembly.GetManifestResourceStream(logicalName.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"Embedded SQL resource '{logicalName}' could not be opened.");
        using (stream)
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            return reader.ReadToEnd();
        }
    }

    // A Windows build may produce backslashes in RecursiveDir; names are always read with '/'.
    private static string Normalise(string name) => name.Replace('\\', '/');
}
