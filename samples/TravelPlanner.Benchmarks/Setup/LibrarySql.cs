using TravelPlanner.Data.Sql;

namespace TravelPlanner.Benchmarks.Setup;

/// <summary>
/// The library's own statements, taken from its query catalogue (<c>sql/queries/&lt;name&gt;.sql</c> as it sends them,
/// without the files' comments), so the raw Npgsql baselines and the pgbench scripts run exactly what the repositories run.
/// </summary>
internal static class LibrarySql
{
    // Read or write makes no difference here: only the text is used.
    public static string Get(string name) => QueryCatalog.Read(name).Text;
}
