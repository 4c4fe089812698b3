using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TravelPlanner.Data.Diagnostics;

/// <summary>The Redis check when no cache is registered (no TravelPlanner.Data.Redis, or no Redis configured): the library runs on PostgreSQL alone.</summary>
internal sealed class NoCacheHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("No Redis cache is configured."));
}
