using System.Text;

namespace TravelPlanner.Data.Sql;

/// <summary>
/// One statement with its <c>@Name</c> placeholders numbered <c>$1</c>, <c>$2</c>, ... in order of first use, built once
/// when the query is declared (issue 16). Npgsql sends such a text as it is when the parameters carry no names: with
/// named ones it parses the whole text on every execution to rewrite them, and builds a new string of it each time (a
/// 1,770-character statement: 4.6 KB and the parse, per call). The query files keep their names; this is only the form
/// sent. A batch is split into its statements (<see cref="Split"/>), each numbered on its own, as an
/// <c>NpgsqlBatch</c> takes them: Npgsql splits a single command's statements only in its named mode.
/// </summary>
internal sealed class PositionalSql
{
    private PositionalSql(string text, string[] names)
    {
        Text = text;
        Names = names;
    }

    /// <summary>The statement with <c>$n</c> placeholders and without a trailing semicolon.</summary>
    public string Text { get; }

    /// <summary>The parameter names, <c>Names[n - 1]</c> for <c>$n</c>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The statements of <paramref name="sql"/> (comments already stripped), each in its positional form. A statement
    /// ends at a semicolon outside quoted runs (<see cref="SqlLexer.QuotedRunEnd"/>); a placeholder is <c>@</c> and an
    /// identifier, as Npgsql reads them, outside quoted runs and not after an identifier character or another <c>@</c>
    /// (an operator).
    /// </summary>
    public static IReadOnlyList<PositionalSql> Split(string sql)
    {
        var statements = new List<PositionalSql>();
        var text = new StringBuilder(sql.Length);
        var names = new List<string>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (SqlLexer.QuotedRunEnd(sql, i) is var end and > 0)
            {
                text.Append(sql, i, end - i);
                i = end;
            }
            else if (c == ';')
            {
                Add(statements, text, names);
                i++;
            }
            else if (c == '@' && IsNameStart(sql, i + 1) && (i == 0 || !(SqlLexer.IsIdentifierChar(sql[i - 1]) || sql[i - 1] == '@')))
            {
                var nameEnd = i + 1;
                while (nameEnd < sql.Length && SqlLexer.IsIdentifierChar(sql[nameEnd]) && sql[nameEnd] != '$')
                {
                    nameEnd++;
                }

                var name = sql[(i + 1)..nameEnd];
                var index = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    names.Add(name);
                    index = names.Count - 1;
                }

                text.Append('$').Append(index + 1);
                i = nameEnd;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        Add(statements, text, names);
        return statements;
    }

    // The statement read so far, unless it is only whitespace (after the last semicolon); then a fresh one begins.
    private static void Add(List<PositionalSql> statements, StringBuilder text, List<string> names)
    {
        var statement = text.ToString().Trim();
        if (statement.Length > 0)
        {
            statements.Add(new PositionalSql(statement, [.. names]));
        }

        text.Clear();
        names.Clear();
    }

    private static bool IsNameStart(string sql, int i) => i < sql.Length && (char.IsAsciiLetter(sql[i]) || sql[i] == '_');
}
