using TravelPlanner.Data.Services;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// The library's own query files (embedded in TravelPlanner.Data as <c>sql/queries/&lt;name&gt;.sql</c>), so the
/// raw Npgsql baselines and the pgbench scripts run exactly the statements the repositories run.
/// </summary>
internal static class LibrarySql
{
    public static string Get(string name)
    {
        var assembly = typeof(ITripService).Assembly;
        using var stream = assembly.GetManifestResourceStream($"sql/queries/{name}.sql")
            ?? throw new InvalidOperationException($"sql/queries/{name}.sql is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        // As the library sends it: without the file's comments.
        return TravelPlanner.Data.Sql.SqlComments.Strip(reader.ReadToEnd());
    }
}
