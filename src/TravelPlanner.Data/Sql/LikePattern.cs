namespace TravelPlanner.Data.Sql;

/// <summary>
/// Builds LIKE patterns from user text so that <c>%</c>, <c>_</c> and <c>\</c> in it match literally
/// (PostgreSQL's default LIKE escape character is the backslash). The pattern is still sent as a parameter.
/// </summary>
internal static class LikePattern
{
    /// <summary>A pattern matching any value that contains <paramref name="text"/>: <c>50%_off</c> → <c>%50\%\_off%</c>.</summary>
    public static string Contains(string text) => "%" + Escape(text) + "%";

    /// <summary><paramref name="text"/> with the LIKE metacharacters escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
    }
}
