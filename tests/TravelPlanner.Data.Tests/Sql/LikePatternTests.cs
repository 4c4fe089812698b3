using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Tests.Sql;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("chicago", "%chicago%")]
    [InlineData("50%", @"%50\%%")]
    [InlineData("o_hare", @"%o\_hare%")]
    [InlineData(@"a\b", @"%a\\b%")]
    [InlineData(@"\%_", @"%\\\%\_%")]
    [InlineData("", "%%")]
    public void Like_metacharacters_in_text_are_escaped_with_a_backslash(string text, string pattern)
    {
        Assert.Equal(pattern, LikePattern.Contains(text));
    }
}
