namespace TravelPlanner.Benchmarks.Setup;

/// <summary>The benchmark's own SQL files (Seed/*.sql, embedded as <c>seed/&lt;name&gt;.sql</c>).</summary>
internal static class SeedSql
{
    public static string Get(string name)
    {
        using var stream = typeof(SeedSql).Assembly.GetManifestResourceStream($"seed/{name}.sql")
            ?? throw new InvalidOperationException($"Seed/{name}.sql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
