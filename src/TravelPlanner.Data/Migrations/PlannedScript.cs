namespace TravelPlanner.Data.Migrations;

/// <summary>A script a migrate run would apply (dry run).</summary>
/// <param name="Name">The script's file name.</param>
/// <param name="Contents">Its SQL with variables substituted, as it would run.</param>
/// <param name="RunsInTransaction">False when the script opts out with <c>-- travelplanner:no-transaction</c>.</param>
public sealed record PlannedScript(string Name, string Contents, bool RunsInTransaction);
