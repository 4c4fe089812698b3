using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
/// (serialization failure, deadlock), or a pooled connection that had sat idle was found dead before anything was sent
/// (<see cref="IdleConnectionProbe"/>). A write whose connection broke once sent has an unknown outcome and is never
/// re-run; the pool's idle connections are dropped then, so the next calls open fresh ones.</item>
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

    // The retries after the first attempt: the first runs without Polly (issue 16: the pipeline's context, property
    // bag and async layers cost allocation on every call, and almost every call succeeds at once).
    private readonly ResiliencePipeline _afterFirst;
    private readonly Func<Exception, bool> _retryable;
    private readonly RetryOptions _options;
    private readonly TimeSpan? _budget;
    private readonly ILogger _logger;

    private DatabaseRetry(ResiliencePipeline afterFirst, Func<Exception, bool> retryable, RetryOptions options, TimeSpan? budget, ILogger logger)
    {
        _afterFirst = afterFirst;
        _retryable = retryable;
        _options = options;
        _budget = budget;
        _logger = logger;
    }

    public static DatabaseRetry ForReads(RetryOptions options, ILogger? logger = null) =>
        Build(options, int.MaxValue, options.ReadRetryBudget, e => IsNotApplied(e) || IsTransientRead(e), logger ?? NullLogger.Instance);

    public static DatabaseRetry ForWrites(RetryOptions options, ILogger? logger = null) =>
        Build(options, options.MaxRetries, budget: null, IsNotApplied, logger ?? NullLogger.Instance);

    /// <summary>Runs <paramref name="action"/> under the rules; its token is the caller's.</summary>
    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await action(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ShouldRetry(e, started))
        {
            return await RetryAsync(static (action, token) => action(token), action, e, started, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the first attempt's failure <paramref name="e"/> (started at <paramref name="started"/>, a <see cref="Stopwatch"/> timestamp) is retried.</summary>
    public bool ShouldRetry(Exception e, long started) =>
        _options.MaxRetries > 0 && _retryable(e) && WithinBudget(started, _budget);

    /// <summary>The retries after a first attempt that failed with an error <see cref="ShouldRetry"/> accepted: a backoff, then the rest under Polly.</summary>
    public async Task<T> RetryAsync<TState, T>(Func<TState, CancellationToken, Task<T>> action, TState state, Exception firstError, long started, CancellationToken cancellationToken)
    {
        TravelPlannerDiagnostics.DbRetries.Add(1);
        var delay = FirstDelay();
        Log(firstError, attempt: 1, delay);
        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Started, started);
        try
        {
            return await _afterFirst.ExecuteAsync(
                static (context, call) => new ValueTask<T>(call.action(call.state, context.CancellationToken)),
                context,
                (action, state)).ConfigureAwait(false);
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
        || e is ConnectionDeadBeforeSendException
        || IsRolledBack(e);

    private static bool IsTransientRead(Exception e) =>
        e is ConnectionBrokenException || e is NpgsqlException { IsTransient: true } and not { InnerException: TimeoutException };

    // The first backoff, as Polly's would be: the base delay with jitter, capped.
    private TimeSpan FirstDelay()
    {
        var jittered = _options.BaseDelay * (0.5 + Random.Shared.NextDouble());
        return jittered < _options.MaxDelay ? jittered : _options.MaxDelay;
    }

    private void Log(Exception? error, int attempt, TimeSpan delay) =>
        RetryLog.Retrying(_logger, error, (error?.InnerException ?? error)?.GetType().Name ?? "unknown", attempt, delay.TotalMilliseconds);

    private static DatabaseRetry Build(RetryOptions options, int maxAttempts, TimeSpan? budget, Func<Exception, bool> retryable, ILogger logger)
    {
        if (options.MaxRetries <= 0 || maxAttempts <= 1)
        {
            // No retry at all, or exactly one: the first retry is RetryAsync's own attempt.
            return new DatabaseRetry(ResiliencePipeline.Empty, retryable, options, budget, logger);
        }

        return new DatabaseRetry(
            new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = maxAttempts == int.MaxValue ? int.MaxValue : maxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay * 2 < options.MaxDelay ? options.BaseDelay * 2 : options.MaxDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Exception is { } e && retryable(e)
                        && (!args.Context.Properties.TryGetValue(Started, out var started) || WithinBudget(started, budget))),
                    OnRetry = args =>
                    {
                        TravelPlannerDiagnostics.DbRetries.Add(1);
                        var error = args.Outcome.Exception;
                        // Attempt numbers count the retries: RetryAsync's own was the first.
                        RetryLog.Retrying(logger, error, (error?.InnerException ?? error)?.GetType().Name ?? "unknown", args.AttemptNumber + 2, args.RetryDelay.TotalMilliseconds);
                        return default;
                    },
                })
                .Build(),
            retryable,
            options,
            budget,
            logger);
    }

    private static bool WithinBudget(long started, TimeSpan? budget) =>
        budget is not { } limit || Stopwatch.GetElapsedTime(started) < limit;
}
