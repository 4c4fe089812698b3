namespace TravelPlanner.Data.Sql;

/// <summary>
/// The part of PostgreSQL's lexer (https://www.postgresql.org/docs/15/sql-syntax-lexical.html) that
/// <see cref="SqlComments"/> and <see cref="PositionalSql"/> share: where a quoted run starts and ends, inside which
/// nothing is a comment, a parameter or the end of a statement.
/// </summary>
internal static class SqlLexer
{
    /// <summary>
    /// The index just past the quoted run that starts at <paramref name="start"/>, or -1 when none starts there:
    /// <c>'...'</c> with <c>''</c> inside, <c>E'...'</c> also with backslash escapes, <c>"..."</c> with <c>""</c> inside,
    /// and <c>$tag$...$tag$</c>. An unterminated run ends with the text (PostgreSQL rejects it anyway).
    /// </summary>
    public static int QuotedRunEnd(string sql, int start)
    {
        var c = sql[start];
        if (c == '\'')
        {
            var escapes = start > 0 && sql[start - 1] is 'E' or 'e' && (start < 2 || !IsIdentifierChar(sql[start - 2]));
            return QuotedEnd(sql, start, '\'', escapes);
        }

        if (c == '"')
        {
            return QuotedEnd(sql, start, '"', backslashEscapes: false);
        }

        if (c == '$' && (start == 0 || !IsIdentifierChar(sql[start - 1])) && DollarTag(sql, start) is { } tag)
        {
            var end = sql.IndexOf(tag, start + tag.Length, StringComparison.Ordinal);
            return end < 0 ? sql.Length : end + tag.Length;
        }

        return -1;
    }

    /// <summary>A character that continues an identifier (so a <c>$</c> or <c>@</c> after it starts nothing).</summary>
    public static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || c > 127;

    // A doubled quote stays inside the run, and so does a backslash-escaped one in E'...'.
    private static int QuotedEnd(string sql, int start, char quote, bool backslashEscapes)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (backslashEscapes && sql[i] == '\\')
            {
                i += 2;
            }
            else if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }

    // "$tag$" or "$$" at start, or null: a tag is an identifier without '$' that does not start with a digit ("$1" is a
    // parameter).
    private static string? DollarTag(string sql, int start)
    {
        var i = start + 1;
        while (i < sql.Length && (char.IsAsciiLetter(sql[i]) || sql[i] == '_' || (i > start + 1 && char.IsAsciiDigit(sql[i]))))
        {
            i++;
        }

        return i < sql.Length && sql[i] == '$' ? sql[start..(i + 1)] : null;
    }
}
