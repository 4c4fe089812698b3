using TravelPlanner.Data.Repositories.Rows;

namespace TravelPlanner.Data.Tests.Repositories.Rows;

// The pool behind the airports' shared text (ReferenceText): pure logic, no server. The real-server side is
// AirportServiceTests.Reading_an_airport_twice_gives_its_exact_non_ascii_text_shared_between_the_reads.
public sealed class TextPoolTests
{
    [Fact]
    public void The_same_text_read_twice_is_the_same_string_and_different_texts_are_different_strings()
    {
        var pool = new TextPool(capacity: 8);

        var first = pool.Get("São Roque".AsSpan());
        var again = pool.Get("São Roque".ToCharArray());
        var other = pool.Get("Sao Roque".AsSpan());

        Assert.Equal("São Roque", first);
        Assert.Same(first, again);
        Assert.Equal("Sao Roque", other);
        Assert.NotSame(first, other);
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void Past_its_capacity_the_pool_keeps_nothing_more_but_still_returns_the_exact_text()
    {
        var pool = new TextPool(capacity: 2);
        var kept = pool.Get("LHR".AsSpan());
        pool.Get("ORD".AsSpan());

        var over = pool.Get("JFK".AsSpan());
        var overAgain = pool.Get("JFK".AsSpan());

        Assert.Equal(2, pool.Count);
        Assert.Equal("JFK", over);
        Assert.Equal("JFK", overAgain);
        Assert.NotSame(over, overAgain);
        Assert.Same(kept, pool.Get("LHR".AsSpan()));
    }

    [Fact]
    public void Texts_added_from_many_threads_at_once_are_each_held_once()
    {
        var pool = new TextPool(capacity: 1_000);
        var texts = Enumerable.Range(0, 200).Select(i => $"Airport {i}").ToArray();

        var results = new string[8][];
        Parallel.For(0, results.Length, t => results[t] = texts.Select(text => pool.Get(text.AsSpan())).ToArray());

        Assert.Equal(texts.Length, pool.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            var held = pool.Get(texts[i].AsSpan());
            Assert.Equal(texts[i], held);
            Assert.All(results, r => Assert.Same(held, r[i]));
        }
    }
}
