using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Timeout plus circuit breaker around every Redis call: while Redis is down the breaker is open and
/// a call costs microseconds (no connect attempt, no timeout); it half-opens after the break and closes
/// again on the first success, so caching resumes by itself.
/// </summary>
internal static class CacheResilience
{
    public static ResiliencePipeline Build(TravelPlannerCacheOptions options, CircuitBreakerStateProvider stateProvider, ILogger logger)
    {
        // The gauge counts this breaker once while it is open or half-open, however often it re-opens.
        var open = 0;
        return new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = options.CircuitBreakerBreakDuration,
                StateProvider = stateProvider,
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutRejectedException>().Handle<TimeoutException>(),
                OnOpened = args =>
                {
                    CacheLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
                    if (Interlocked.Exchange(ref open, 1) == 0)
                    {
                        TravelPlannerDiagnostics.CacheCircuitOpen.Add(1);
                    }

                    return default;
                },
                OnClosed = _ =>
                {
                    CacheLog.CircuitClosed(logger);
                    if (Interlocked.Exchange(ref open, 0) == 1)
                    {
                        TravelPlannerDiagnostics.CacheCircuitOpen.Add(-1);
                    }

                    return default;
                },
            })
            .AddTimeout(options.OperationTimeout)
            .Build();
    }
}
