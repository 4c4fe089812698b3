using System.Text;

namespace TravelPlanner.Data.Sql;

/// <summary>
/// Removes comments from a query file's SQL before it is ever sent (issue 16): the files keep their comments for
/// readers, the wire and the client do not pay for them. Npgsql scans a command's whole text on every execution to
/// split its statements and find them among the prepared ones, and Dapper hashes it for every result set it reads; a
/// file's comments were often longer than its SQL.
/// <para>
/// It follows PostgreSQL's lexer (https://www.postgresql.org/docs/15/sql-syntax-lexical.html): <c>--</c> to the end of
/// the line and <c>/* */</c> (which nest) are comments anywhere outside a string constant, a quoted identifier or a
/// dollar-quoted string, which are copied as they are (<see cref="SqlLexer.QuotedRunEnd"/>). A line that held only a
/// comment is dropped; a block comment becomes one space, so the tokens on either side stay apart.
/// </para>
/// </summary>
internal static class SqlComments
{
    public static string Strip(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                i = SkipLineComment(sql, i, text);
            }
            else if (c == '/' && next == '*')
            {
                i = SkipBlockComment(sql, i);
                text.Append(' ');
            }
            else if (SqlLexer.QuotedRunEnd(sql, i) is var end and > 0)
            {
                text.Append(sql, i, end - i);
                i = end;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return text.ToString();
    }

    // "--" to the end of the line. The spaces before it go too, and so does the line break when nothing else was on
    // the line: a file's comment lines leave no blank lines behind.
    private static int SkipLineComment(string sql, int start, StringBuilder text)
    {
        while (text.Length > 0 && text[^1] is ' ' or '\t')
        {
            text.Length--;
        }

        var lineBreak = sql.IndexOf('\n', start);
        if (lineBreak < 0)
        {
            return sql.Length;
        }

        return text.Length == 0 || text[^1] == '\n' ? lineBreak + 1 : lineBreak;
    }

    // "/* ... */", nested as PostgreSQL nests them; an unterminated one runs to the end (PostgreSQL rejects it anyway).
    private static int SkipBlockComment(string sql, int start)
    {
        var depth = 0;
        var i = start;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && i + 1 < sql.Length && sql[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }
}
