using System.Text.RegularExpressions;

namespace TravelPlanner.Data.Sql;

/// <summary>One SQL statement (or one batch) loaded from <c>sql/queries/&lt;area&gt;/&lt;name&gt;.sql</c>.</summary>
/// <param name="Name">Path-like name without extension, e.g. <c>trips/list_user_trips</c>; used in logs, traces and metrics.</param>
/// <param name="Text">The SQL text as written in the file.</param>
internal sealed partial record SqlQuery(string Name, string Text)
{
    /// <summary>
    /// True when the text only reads (no data-changing keyword anywhere once comments are removed), so a
    /// transient failure may be retried even after the statement reached the server. Conservative:
    /// <c>select ... for update</c> counts as a write.
    /// </summary>
    public bool IsReadOnly { get; } = !Writes().IsMatch(Comments().Replace(Text, " "));

    public override string ToString() => Name;

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\b(insert|update|delete|merge|truncate|alter|create|drop|grant|revoke|call|do|lock|copy|vacuum|analyze|refresh|nextval|setval|pg_advisory\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();
}
