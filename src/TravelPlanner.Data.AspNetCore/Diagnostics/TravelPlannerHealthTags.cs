namespace TravelPlanner.Data.Diagnostics;

/// <summary>
/// The tags the health endpoints filter on (eShop's split): <see cref="Live"/> checks say the process itself answers
/// (an orchestrator restarts it when they fail), <see cref="Ready"/> checks say its servers answer (it is taken out of
/// the load balancer, not restarted). The library's PostgreSQL and Redis checks are <see cref="Ready"/>.
/// </summary>
public static class TravelPlannerHealthTags
{
    /// <summary>The liveness tag, <c>live</c>.</summary>
    public const string Live = "live";

    /// <summary>The readiness tag, <c>ready</c>.</summary>
    public const string Ready = "ready";
}
