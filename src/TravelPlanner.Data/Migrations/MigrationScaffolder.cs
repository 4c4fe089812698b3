using System.Globalization;
using System.Text.RegularExpressions;

namespace TravelPlanner.Data.Migrations;

/// <summary>Writes the next-numbered migration and its down script from a template (the seed's <c>migration:generate</c>).</summary>
public static partial class MigrationScaffolder
{
    /// <summary>
    /// Creates <c>NNNN_name.sql</c> and <c>NNNN_name.down.sql</c> in <paramref name="migrationsDirectory"/>, numbered one
    /// past the highest existing script. <paramref name="name"/> is lower-cased, with spaces and dashes turned into underscores.
    /// </summary>
    /// <returns>The paths of the up and down scripts.</returns>
    /// <exception cref="ArgumentException">The name is empty or has characters other than letters, digits, spaces, dashes, underscores.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static (string UpPath, string DownPath) Create(string migrationsDirectory, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var slug = Separators().Replace(name.Trim().ToLowerInvariant(), "_");
        if (!Slug().IsMatch(slug))
        {
            throw new ArgumentException($"Migration name '{name}' must use letters, digits, spaces, dashes or underscores.", nameof(name));
        }

        if (!Directory.Exists(migrationsDirectory))
        {
            throw new DirectoryNotFoundException($"No migrations directory at {migrationsDirectory}.");
        }

        var next = Directory.GetFiles(migrationsDirectory, "*.sql")
            .Select(f => Numbered().Match(Path.GetFileName(f)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max() + 1;
        var baseName = $"{next:D4}_{slug}";
        var up = Path.Combine(migrationsDirectory, baseName + ".sql");
        var down = Path.Combine(migrationsDirectory, baseName + ".down.sql");

        File.WriteAllText(up, $"""
            -- {baseName}: describe what this migration does and why.
            -- It runs in one transaction with its journal row. To run it outside a transaction (CREATE INDEX
            -- CONCURRENTLY), make this exact text its first line: {MigrationScripts.NoTransactionMarker}

            """);
        File.WriteAllText(down, $"""
            -- Reverses {baseName}.sql (run by undo, in a transaction). Undo everything the up script does.

            """);
        return (up, down);
    }

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex Separators();

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^(\d{4})_.*\.sql$")]
    private static partial Regex Numbered();
}
