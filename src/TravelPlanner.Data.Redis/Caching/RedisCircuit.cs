using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// The cache's circuit breaker: it opens after <c>failureThreshold</c> consecutive failed Redis calls, stays open for
/// the break duration (calls skip Redis and cost nothing), then lets one probe through: a success closes it, a failure
/// opens it again. Consecutive failures rather than a failure ratio over a sampling window: under load a ratio waits
/// until the failures outnumber the window's earlier successes (about 9 s with a 10 s window, issue 14, item 4), while
/// a run of failures is the signal itself. Any answer from Redis, even an error reply, counts as a success.
/// </summary>
internal sealed class RedisCircuit(int failureThreshold, TimeSpan breakDuration, TimeProvider clock, ILogger logger)
{
    private readonly Lock _gate = new();
    private volatile CircuitState _state = CircuitState.Closed;
    private int _consecutiveFailures;
    private DateTimeOffset _openUntil;

    /// <summary>Closed, Open, or HalfOpen while a probe may run or runs.</summary>
    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state == CircuitState.Open && clock.GetUtcNow() >= _openUntil ? CircuitState.HalfOpen : _state;
            }
        }
    }

    /// <summary>True when a call may go to Redis; <paramref name="probe"/> is true for the one call that tests a half-open circuit.</summary>
    public bool TryEnter(out bool probe)
    {
        probe = false;
        if (_state == CircuitState.Closed)
        {
            return true;
        }

        lock (_gate)
        {
            if (_state != CircuitState.Open || clock.GetUtcNow() < _openUntil)
            {
                // Open, or half-open with its probe still out.
                return _state == CircuitState.Closed;
            }

            _state = CircuitState.HalfOpen;
            probe = true;
            return true;
        }
    }

    public void OnSuccess()
    {
        if (_state == CircuitState.Closed && Volatile.Read(ref _consecutiveFailures) == 0)
        {
            return;
        }

        lock (_gate)
        {
            _consecutiveFailures = 0;
            if (_state != CircuitState.Closed)
            {
                _state = CircuitState.Closed;
                CacheLog.CircuitClosed(logger);
                TravelPlannerDiagnostics.CacheCircuitOpen.Add(-1);
            }
        }
    }

    public void OnFailure(bool probe)
    {
        lock (_gate)
        {
            if (probe && _state == CircuitState.HalfOpen)
            {
                _openUntil = clock.GetUtcNow() + breakDuration;
                _state = CircuitState.Open;
                return;
            }

            if (_state == CircuitState.Closed && ++_consecutiveFailures >= failureThreshold)
            {
                _openUntil = clock.GetUtcNow() + breakDuration;
                _state = CircuitState.Open;
                CacheLog.CircuitOpened(logger, breakDuration.TotalSeconds);
                TravelPlannerDiagnostics.CacheCircuitOpen.Add(1);
            }
        }
    }
}
