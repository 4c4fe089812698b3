namespace TravelPlanner.Data.Sql;

/// <summary>One embedded file under <c>sql/queries</c>, before a repository declares its kind.</summary>
/// <param name="Name">Path-like name without extension (<c>trips/list_user_trips</c>).</param>
/// <param name="Text">The SQL text.</param>
internal sealed record QueryFile(string Name, string Text);
