namespace TravelPlanner.Data.Sql;

/// <summary>One SQL statement (or one batch) loaded from <c>sql/queries/&lt;area&gt;/&lt;name&gt;.sql</c>.</summary>
/// <param name="Name">Path-like name without extension, e.g. <c>trips/list_user_trips</c>; used in logs and metrics.</param>
/// <param name="Text">The SQL text as written in the file.</param>
internal sealed record SqlQuery(string Name, string Text)
{
    public override string ToString() => Name;
}
