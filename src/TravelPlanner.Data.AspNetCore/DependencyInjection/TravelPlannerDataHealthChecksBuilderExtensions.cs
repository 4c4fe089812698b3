using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using TravelPlanner.Data.Diagnostics;

#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Health checks of the servers TravelPlanner.Data depends on.</summary>
public static class TravelPlannerDataHealthChecksBuilderExtensions
{
    /// <summary>Name of the PostgreSQL check.</summary>
    public const string PostgresCheckName = "travelplanner-postgres";

    /// <summary>Name of the Redis check (the service key under which TravelPlanner.Data.Redis registers it).</summary>
    public const string RedisCheckName = "travelplanner-redis";

    /// <summary>
    /// Adds <c>travelplanner-postgres</c> (opens a connection from the library's data source and runs
    /// <c>select 1</c>) and <c>travelplanner-redis</c> (PING through the cache's multiplexer when TravelPlanner.Data.Redis
    /// registered a cache; healthy otherwise). A PostgreSQL that does not answer reports <paramref name="failureStatus"/>
    /// (default Unhealthy); a Redis that does not answer reports <paramref name="redisFailureStatus"/> (default Degraded:
    /// every call is still served, from PostgreSQL, so a readiness probe must not take the instance out). Neither throws;
    /// both say why. Both are tagged <see cref="TravelPlannerHealthTags.Ready"/> unless <paramref name="tags"/> is given.
    /// </summary>
    /// <param name="builder">The host's health-check builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="failureStatus">Status reported when PostgreSQL does not answer; null for Unhealthy.</param>
    /// <param name="tags">Tags for both checks; null for <c>ready</c>.</param>
    /// <param name="timeout">Longest either check may take; null for no limit beyond the connection timeouts.</param>
    /// <param name="redisFailureStatus">Status reported when Redis does not answer; null for Degraded.</param>
    public static IHealthChecksBuilder AddTravelPlannerDataHealthChecks(
        this IHealthChecksBuilder builder,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null,
        HealthStatus? redisFailureStatus = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var tagList = tags?.ToArray() ?? [TravelPlannerHealthTags.Ready];
        builder.Add(new HealthCheckRegistration(
            PostgresCheckName,
            sp => new PostgresHealthCheck(sp.GetRequiredKeyedService<NpgsqlDataSource>(TravelPlannerDataServiceCollectionExtensions.DataSourceServiceKey)),
            failureStatus,
            tagList,
            timeout));
        builder.Add(new HealthCheckRegistration(
            RedisCheckName,
            sp => sp.GetKeyedService<IHealthCheck>(RedisCheckName) ?? new NoCacheHealthCheck(),
            redisFailureStatus ?? HealthStatus.Degraded,
            tagList,
            timeout));
        return builder;
    }
}
