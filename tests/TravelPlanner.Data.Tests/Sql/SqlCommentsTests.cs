using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Tests.Sql;

public sealed class SqlCommentsTests
{
    [Theory]
    [InlineData("-- header\n-- more\nselect 1;\n", "select 1;\n")]
    [InlineData("select 1; -- trailing\nselect 2;", "select 1;\nselect 2;")]
    [InlineData("select a,\n  -- between\n  b\nfrom t", "select a,\n  b\nfrom t")]
    [InlineData("select 1 -- at the end", "select 1")]
    [InlineData("select /* block */ 1", "select   1")]
    [InlineData("select 1/* a /* nested */ still comment */+2", "select 1 +2")]
    [InlineData("select a/**/b", "select a b")]
    [InlineData("select 5 - -3", "select 5 - -3")]
    [InlineData("select 1", "select 1")]
    public void Comments_are_removed_and_the_tokens_around_them_stay_apart(string sql, string sent) =>
        Assert.Equal(sent, SqlComments.Strip(sql));

    [Theory]
    [InlineData("select '-- not a comment', 1")]
    [InlineData("select 'it''s -- still text' -- comment", "select 'it''s -- still text'")]
    [InlineData("select '/* text */'")]
    [InlineData("select \"odd -- column\" from t")]
    [InlineData("select \"a\"\"--b\" from t")]
    [InlineData(@"select E'\' -- still text' -- comment", @"select E'\' -- still text'")]
    [InlineData(@"select e'a\\' -- comment", @"select e'a\\'")]
    [InlineData("select $$ -- text /* too */ $$")]
    [InlineData("select $fn$ it's -- $$ text $fn$ -- comment", "select $fn$ it's -- $$ text $fn$")]
    [InlineData("select $1 -- a parameter, then a comment", "select $1")]
    [InlineData("select a$b -- identifier with a dollar", "select a$b")]
    public void Quoted_text_is_copied_as_it_is(string sql, string? sent = null) =>
        Assert.Equal(sent ?? sql, SqlComments.Strip(sql));

    [Theory]
    [InlineData(@"select 'a\' -- standard string: the backslash is a character", @"select 'a\'")]
    [InlineData(@"select name'x' -- an identifier ending in e is no E'' prefix", @"select name'x'")]
    public void Only_an_E_prefix_makes_a_backslash_escape_a_quote(string sql, string sent) =>
        Assert.Equal(sent, SqlComments.Strip(sql));

    [Fact]
    public void Every_query_file_is_sent_without_its_comments_and_keeps_all_of_its_SQL()
    {
        foreach (var file in QueryCatalog.All)
        {
            // Stripping twice changes nothing: nothing left looks like a comment outside quoted text.
            Assert.Equal(file.Statement, SqlComments.Strip(file.Statement));
            // Every line of SQL survives in order: a file's lines, each cut at a "--" that comes before any quote on it.
            var expected = file.Text.Split('\n')
                .Select(line => CommentStart(line) is { } start ? line[..start] : line)
                .Select(line => line.TrimEnd())
                .Where(line => line.Length > 0);
            var sent = file.Statement.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0);
            Assert.Equal(expected, sent);
        }
    }

    private static int? CommentStart(string line)
    {
        var dashes = line.IndexOf("--", StringComparison.Ordinal);
        var quote = line.IndexOfAny(['\'', '"', '$']);
        return dashes >= 0 && (quote < 0 || dashes < quote) ? dashes : null;
    }

    [Fact]
    public void What_a_repository_sends_is_the_file_without_its_comments()
    {
        var file = QueryCatalog.All.Single(f => f.Name == "trips/read_audience_before_write");
        Assert.StartsWith("--", file.Text, StringComparison.Ordinal);
        Assert.Equal(file.Statement, QueryCatalog.ReadAudienceBeforeWrite.Text);
        Assert.StartsWith("select true as locked", QueryCatalog.ReadAudienceBeforeWrite.Text, StringComparison.Ordinal);
        Assert.True(QueryCatalog.ReadAudienceBeforeWrite.Text.Length < file.Text.Length / 2);
    }
}
