using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using StackExchange.Redis;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Caching;

/// <summary>How a Redis call went.</summary>
internal enum CacheOutcome
{
    /// <summary>Redis answered.</summary>
    Ok,

    /// <summary>Redis is down, slow, disconnected, or the breaker is open: go to PostgreSQL.</summary>
    Unavailable,

    /// <summary>Redis answered with an error about the data (a key of the wrong type, a version that is no integer).</summary>
    BadData,
}

/// <summary>
/// Every Redis call of the cache goes through here: no call at all while the multiplexer is disconnected (it
/// queues nothing: <see cref="BacklogPolicy.FailFast"/>), none while the <see cref="RedisCircuit"/> is open, a
/// timeout of <see cref="TravelPlannerCacheOptions.OperationTimeout"/> on the rest. So within moments of Redis going
/// away a call costs what an uncached call costs, and caching resumes by itself once Redis is back.
/// </summary>
internal sealed class CacheResilience(IConnectionMultiplexer redis, TravelPlannerCacheOptions options, ILogger logger)
{
    private readonly RedisCircuit _circuit = new(options.CircuitBreakerFailureThreshold, options.CircuitBreakerBreakDuration, TimeProvider.System, logger);

    public CircuitState CircuitState => _circuit.State;

    /// <summary>
    /// The call with its arguments passed in (a static lambda needs no closure per call: issue 16). The returned
    /// <see cref="ValueTask{TResult}"/> is pooled (its state machine is reused: this runs for every Redis call), so it
    /// must be awaited once, as every caller does.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(CacheOutcome Outcome, TResult Value)> TryAsync<TArg, TState, TResult>(Func<TArg, TState, Task<TResult>> call, TArg arg, TState state, string operation)
    {
        var tag = new KeyValuePair<string, object?>("operation", operation);
        // Open, or disconnected: no call, no log per call, just the count. A disconnected multiplexer counts as a
        // failure, so the breaker (and its metric and log) reports a Redis that went away as it reports a hung one.
        if (!_circuit.TryEnter(out var probe) || !IsConnected(probe))
        {
            TravelPlannerDiagnostics.CacheErrors.Add(1, tag);
            return (CacheOutcome.Unavailable, default!);
        }

        try
        {
            var value = await call(arg, state).WaitAsync(options.OperationTimeout).ConfigureAwait(false);
            _circuit.OnSuccess();
            return (CacheOutcome.Ok, value);
        }
        catch (RedisServerException e)
        {
            // Redis is up and said no: a problem of one key, not of Redis, so it must not open the breaker for everyone.
            _circuit.OnSuccess();
            TravelPlannerDiagnostics.CacheErrors.Add(1, tag);
            CacheLog.RedisFailed(logger, e, operation);
            return (CacheOutcome.BadData, default!);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            _circuit.OnFailure(probe);
            TravelPlannerDiagnostics.CacheErrors.Add(1, tag);
            CacheLog.RedisFailed(logger, e, operation);
            return (CacheOutcome.Unavailable, default!);
        }
    }

    private bool IsConnected(bool probe)
    {
        if (redis.IsConnected)
        {
            return true;
        }

        _circuit.OnFailure(probe);
        return false;
    }
}
