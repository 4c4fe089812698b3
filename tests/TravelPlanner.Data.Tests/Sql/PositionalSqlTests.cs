using System.Text.RegularExpressions;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Tests.Sql;

public sealed partial class PositionalSqlTests
{
    [Theory]
    [InlineData("select @A", "select $1", new[] { "A" })]
    [InlineData("select @B, @A, @b::text;", "select $1, $2, $1::text", new[] { "B", "A" })]
    [InlineData("where id = @Id and \"userId\" = @UserId\n;\n", "where id = $1 and \"userId\" = $2", new[] { "Id", "UserId" })]
    [InlineData("select (@Today)::date - 1, @_x1", "select ($1)::date - 1, $2", new[] { "Today", "_x1" })]
    public void Names_become_numbers_in_order_of_first_use(string sql, string sent, string[] names)
    {
        var positional = Positional(sql);

        Assert.NotNull(positional);
        Assert.Equal(sent, positional.Text);
        Assert.Equal(names, positional.Names);
    }

    [Theory]
    [InlineData("select '@A', @B", "select '@A', $1")]
    [InlineData("select \"@A\" from t where x = @B", "select \"@A\" from t where x = $1")]
    [InlineData("select $$ @A; @B $$, @C", "select $$ @A; @B $$, $1")]
    [InlineData(@"select E'\'@A', @B", @"select E'\'@A', $1")]
    [InlineData("select tags @> @Tags, a <@ @B", "select tags @> $1, a <@ $2")]
    [InlineData("select doc @@ query, x@y, @1", "select doc @@ query, x@y, @1")]
    public void Text_operators_and_identifiers_are_not_parameters(string sql, string sent) =>
        Assert.Equal(sent, Positional(sql)!.Text);

    [Theory]
    [InlineData("select 1; select @A")]
    [InlineData("select pg_advisory_xact_lock(1);\nselect @A;\n")]
    public void A_batch_has_no_positional_form(string sql) => Assert.Null(Positional(sql));

    [Fact]
    public void A_batch_splits_into_its_statements_each_numbered_on_its_own()
    {
        var statements = PositionalSql.Split("select @A, @B;\nselect ';' as s, @B;\n\nselect 1;\n");

        Assert.Equal(["select $1, $2", "select ';' as s, $1", "select 1"], statements.Select(s => s.Text));
        Assert.Equal(["A", "B"], statements[0].Names);
        Assert.Equal(["B"], statements[1].Names);
        Assert.Empty(statements[2].Names);
    }

    // The form a query sends when it is one statement, as SqlQuery decides it.
    private static PositionalSql? Positional(string sql) => new ReadQuery("tests/positional", sql).Positional;

    [Fact]
    public void A_semicolon_inside_quotes_ends_nothing() =>
        Assert.Equal("select ';', $1", Positional("select ';', @A;")!.Text);

    [Fact]
    public void Every_one_statement_query_has_a_positional_form_that_reads_back_as_its_text()
    {
        var single = 0;
        foreach (var file in QueryCatalog.All)
        {
            var positional = Positional(file.Statement);
            var statements = file.Statement.Split(';').Count(part => !string.IsNullOrWhiteSpace(part));
            if (statements > 1)
            {
                // A batch (a semicolon inside quoted text would count too: those files are left to the cases above).
                if (!file.Statement.Contains('\'', StringComparison.Ordinal))
                {
                    Assert.Null(positional);
                }

                continue;
            }

            Assert.NotNull(positional);
            single++;
            // Numbers back to names: the file's statement, without its trailing semicolon, character for character.
            var readBack = Placeholder().Replace(positional.Text, m => "@" + positional.Names[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1]);
            Assert.Equal(file.Statement.TrimEnd().TrimEnd(';').TrimEnd(), readBack, ignoreCase: true);
            Assert.Equal(positional.Names.Count, positional.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        Assert.True(single > 50, $"only {single} query files were single statements");
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}
