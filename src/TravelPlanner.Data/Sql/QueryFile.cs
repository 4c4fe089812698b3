namespace TravelPlanner.Data.Sql;

/// <summary>One embedded file under <c>sql/queries</c>, before a repository declares its kind.</summary>
/// <param name="Name">Path-like name without extension (<c>trips/list_user_trips</c>).</param>
/// <param name="Text">The SQL text, as the file has it.</param>
internal sealed record QueryFile(string Name, string Text)
{
    /// <summary>What is sent: <see cref="Text"/> without its comments (<see cref="SqlComments"/>), computed once.</summary>
    public string Statement { get; } = SqlComments.Strip(Text);
}
