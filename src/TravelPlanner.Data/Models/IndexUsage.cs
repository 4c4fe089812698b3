namespace TravelPlanner.Data.Models;

/// <summary>One row of the index-usage report (PostgreSQL's <c>pg_stat_user_indexes</c>).</summary>
/// <param name="SchemaName">The schema.</param>
/// <param name="Table">The table the index is on.</param>
/// <param name="Index">The index.</param>
/// <param name="Scans">How many index scans used it since statistics were last reset (<c>idx_scan</c>).</param>
public sealed record IndexUsage(string SchemaName, string Table, string Index, long Scans);
