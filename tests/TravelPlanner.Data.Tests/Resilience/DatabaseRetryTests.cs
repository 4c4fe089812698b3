using System.Diagnostics;
using Npgsql;
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
        await Assert.ThrowsAsync<ConnectionOpenException>(() => DatabaseRetry.ForWrites(options).ExecuteAsync<int>(_ =>
        {
            attempts.Add(Stopwatch.GetTimestamp());
            throw Refused();
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
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatabaseRetry.ForWrites(options).ExecuteAsync<int>(
            _ => throw Refused(),
            cancellation.Token).AsTask());

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5), $"took {Stopwatch.GetElapsedTime(started)}");
    }

    // Issue 14, item 8: reads now retry for a time budget rather than a count, so a fast restart fits in it.
    [Fact]
    public async Task A_read_is_retried_until_its_time_budget_is_spent_and_no_longer()
    {
        var options = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(40), ReadRetryBudget = TimeSpan.FromMilliseconds(400) };
        var attempts = 0;

        await Assert.ThrowsAsync<ConnectionOpenException>(() => DatabaseRetry.ForReads(options).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw Refused();
        }, TestContext.Current.CancellationToken).AsTask());

        // About ten backoffs of 20-40 ms fit in 400 ms, far more than MaxRetries (3); a runaway loop would make thousands.
        Assert.InRange(attempts, 5, 40);
    }

    // Issue 14, item 6: only a transient failure to open is worth another attempt.
    [Fact]
    public async Task A_permanent_failure_to_open_is_not_retried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<ConnectionOpenException>(() => DatabaseRetry.ForReads(new RetryOptions()).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new ConnectionOpenException(new PostgresException("database \"x\" does not exist", "FATAL", "FATAL", PostgresErrorCodes.InvalidCatalogName));
        }, TestContext.Current.CancellationToken).AsTask());

        Assert.Equal(1, attempts);
    }

    private static ConnectionOpenException Refused() => new(new NpgsqlException("refused", new System.Net.Sockets.SocketException()));
}
