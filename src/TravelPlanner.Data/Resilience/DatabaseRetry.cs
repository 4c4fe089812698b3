using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Diagnostics;
using Npgsql;
using Polly;
using Polly.Retry;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Resilience;

/// <summary>
/// The retry rules, all of them.
/// <list type="bullet">
/// <item>Reads retry any transient failure (Npgsql's <see cref="NpgsqlException.IsTransient"/>, a connection that
/// broke under a result, a connection that could not open for a transient reason) for as long as
/// <see cref="RetryOptions.ReadRetryBudget"/> has not elapsed since the first attempt: long enough for a fast restart
/// of PostgreSQL, bounded in time rather than in attempts.</item>
/// <item>Writes, and whole transactions, retry only when the server certainly did not apply them, at most
/// <see cref="RetryOptions.MaxRetries"/> times: the connection never opened, or PostgreSQL rolled the statement back
/// (serialization failure, deadlock). A write whose connection broke (including a pooled connection whose backend had
/// died while idle) has an unknown outcome and is never re-run; the pool's idle connections are dropped then, so the
/// next calls open fresh ones.</item>
/// <item>Never retried: a statement that ran into the command timeout (it would most likely time out again), a full
/// connection pool (<see cref="Errors.ConnectionPoolExhaustedException"/>: waiting again multiplies the caller's wait),
/// and permanent connection failures such as a missing database (3D000) or refused credentials (28P01, 28000).</item>
/// </list>
/// Backoff is exponential with jitter and capped at <see cref="RetryOptions.MaxDelay"/>; Polly waits on the caller's
/// token, so cancelling also ends a pending backoff at once.
/// </summary>
internal sealed class DatabaseRetry
{
    private static readonly ResiliencePropertyKey<long> Started = new("travelplanner.retry.started");

    private readonly ResiliencePipeline _pipeline;

    private DatabaseRetry(ResiliencePipeline pipeline) => _pipeline = pipeline;

    public static DatabaseRetry ForReads(RetryOptions options, ILogger? logger = null) =>
        Build(options, int.MaxValue, options.ReadRetryBudget, e => IsNotApplied(e) || IsTransientRead(e), logger ?? NullLogger.Instance);

    public static DatabaseRetry ForWrites(RetryOptions options, ILogger? logger = null) =>
        Build(options, options.MaxRetries, budget: null, IsNotApplied, logger ?? NullLogger.Instance);

    /// <summary>Runs <paramref name="action"/> under the rules; its token is the caller's.</summary>
    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Started, Stopwatch.GetTimestamp());
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (context, action) => await action(context.CancellationToken).ConfigureAwait(false),
                context,
                action).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>PostgreSQL rolled the statement back on its own.</summary>
    public static bool IsRolledBack(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    // Nothing reached the server, or the server undid it: safe to run again, read or write.
    private static bool IsNotApplied(Exception e) =>
        e is ConnectionOpenException { InnerException: NpgsqlException { IsTransient: true } }
        || IsRolledBack(e);

    private static bool IsTransientRead(Exception e) =>
        e is ConnectionBrokenException || e is NpgsqlException { IsTransient: true } and not { InnerException: TimeoutException };

    private static DatabaseRetry Build(RetryOptions options, int maxAttempts, TimeSpan? budget, Func<Exception, bool> retryable, ILogger logger)
    {
        if (options.MaxRetries <= 0)
        {
            return new DatabaseRetry(ResiliencePipeline.Empty);
        }

        return new DatabaseRetry(new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && retryable(e) && WithinBudget(args.Context, budget)),
                OnRetry = args =>
                {
                    TravelPlannerDiagnostics.DbRetries.Add(1);
                    var error = args.Outcome.Exception;
                    RetryLog.Retrying(logger, error, (error?.InnerException ?? error)?.GetType().Name ?? "unknown", args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build());
    }

    private static bool WithinBudget(ResilienceContext context, TimeSpan? budget) =>
        budget is not { } limit
        || !context.Properties.TryGetValue(Started, out var started)
        || Stopwatch.GetElapsedTime(started) < limit;
}
