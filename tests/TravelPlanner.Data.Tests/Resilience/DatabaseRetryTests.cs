using System.Diagnostics;
using TravelPlanner.Data.Resilience;

namespace TravelPlanner.Data.Tests.Resilience;

public sealed class DatabaseRetryTests
{
    [Fact]
    public async Task Backoff_grows_but_never_waits_longer_than_the_cap()
    {
        var options = new RetryOptions { MaxRetries = 6, BaseDelay = TimeSpan.FromMilliseconds(40), MaxDelay = TimeSpan.FromMilliseconds(60) };
        var attempts = new List<long>();

        var started = Stopwatch.GetTimestamp();
        await Assert.ThrowsAsync<ConnectionOpenException>(() => DatabaseRetry.ForReads(options).ExecuteAsync(_ =>
        {
            attempts.Add(Stopwatch.GetTimestamp());
            throw new ConnectionOpenException(new InvalidOperationException("refused"));
        }, TestContext.Current.CancellationToken).AsTask());

        // Uncapped, 40 ms doubling over six retries would wait about 2.5 s.
        Assert.Equal(7, attempts.Count);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1.5), $"took {Stopwatch.GetElapsedTime(started)}");
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_ends_the_wait_at_once()
    {
        var options = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(20), MaxDelay = TimeSpan.FromSeconds(30) };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var started = Stopwatch.GetTimestamp();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatabaseRetry.ForWrites(options).ExecuteAsync(
            _ => throw new ConnectionOpenException(new InvalidOperationException("refused")),
            cancellation.Token).AsTask());

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5), $"took {Stopwatch.GetElapsedTime(started)}");
    }
}
