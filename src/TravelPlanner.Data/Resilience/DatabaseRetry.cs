using Npgsql;
using Polly;
using Polly.Retry;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Resilience;

/// <summary>
/// The retry rules. Reads retry any transient failure (Npgsql's <see cref="NpgsqlException.IsTransient"/>).
/// Writes, and whole transactions, retry only when the server certainly did not apply them: the
/// connection never opened, or PostgreSQL rolled the statement back (serialization failure, deadlock).
/// A write whose connection broke mid-flight has an unknown outcome and is never re-run.
/// A statement that ran into the command timeout is not retried either: it would most likely time out
/// again, multiplying the caller's wait by the number of attempts.
/// Backoff is exponential with jitter and capped at <see cref="RetryOptions.MaxDelay"/>; Polly waits
/// on the caller's token, so cancelling also ends a pending backoff at once.
/// </summary>
internal static class DatabaseRetry
{
    public static ResiliencePipeline ForReads(RetryOptions options) =>
        Build(options, e => e is ConnectionOpenException || e is NpgsqlException { IsTransient: true } and not { InnerException: TimeoutException });

    public static ResiliencePipeline ForWrites(RetryOptions options) =>
        Build(options, e => e is ConnectionOpenException || IsRolledBack(e));

    public static bool IsRolledBack(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    private static ResiliencePipeline Build(RetryOptions options, Func<Exception, bool> retryable)
    {
        if (options.MaxRetries <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = new PredicateBuilder().Handle(retryable),
                OnRetry = args =>
                {
                    TravelPlannerDiagnostics.DbRetries.Add(1);
                    return default;
                },
            })
            .Build();
    }
}
