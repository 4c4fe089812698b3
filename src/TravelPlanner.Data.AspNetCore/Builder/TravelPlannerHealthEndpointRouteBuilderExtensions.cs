using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using TravelPlanner.Data.Diagnostics;

#pragma warning disable IDE0130
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>The health endpoints, split as eShop's service defaults split them.</summary>
public static class TravelPlannerHealthEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>{pattern}/live</c> (checks tagged <see cref="TravelPlannerHealthTags.Live"/>: healthy while the process
    /// answers), <c>{pattern}/ready</c> (checks tagged <see cref="TravelPlannerHealthTags.Ready"/>: PostgreSQL and Redis) and
    /// <c>{pattern}</c> (every check). Each answers a JSON report (status, and each check's status and description);
    /// Healthy and Degraded are 200 (a Redis outage degrades, calls are still served), Unhealthy 503.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route of the full report; default <c>/health</c>.</param>
    /// <returns>The three endpoints' conventions, to add e.g. authorization or host filters to all of them.</returns>
    public static IEndpointConventionBuilder MapTravelPlannerHealthChecks(this IEndpointRouteBuilder endpoints, string pattern = "/health")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var trimmed = pattern.TrimEnd('/');
        var group = endpoints.MapGroup(string.Empty);
        group.MapHealthChecks(trimmed + "/live", Options(r => r.Tags.Contains(TravelPlannerHealthTags.Live)));
        group.MapHealthChecks(trimmed + "/ready", Options(r => r.Tags.Contains(TravelPlannerHealthTags.Ready)));
        group.MapHealthChecks(trimmed, Options(null));
        return group;
    }

    private static HealthCheckOptions Options(Func<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration, bool>? predicate) =>
        new() { Predicate = predicate, ResponseWriter = HealthReportWriter.WriteAsync };
}
