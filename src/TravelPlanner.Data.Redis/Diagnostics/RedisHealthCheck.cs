using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace TravelPlanner.Data.Diagnostics;

/// <summary>
/// Healthy when the cache's Redis answers a PING, or when no cache is configured (no
/// <see cref="IConnectionMultiplexer"/> registered: the library then runs on PostgreSQL alone).
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer? multiplexer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (multiplexer is null)
        {
            return HealthCheckResult.Healthy("No Redis cache is configured.");
        }

        try
        {
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answers PING in {latency.TotalMilliseconds:F1} ms.");
        }
        catch (Exception e) when (e is RedisException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            // Services still work without Redis (they read PostgreSQL), so a host may register this as Degraded.
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis is unreachable: {e.Message}", e);
        }
    }
}
