using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Replicas;

namespace TravelPlanner.Data.DependencyInjection;

/// <summary>
/// Where statements run (<see cref="ReadRouter"/>, always registered: with one server it opens every connection from
/// the data source) and, when standbys are configured, read-your-writes: the commit positions (in process; the Redis
/// package replaces them with positions shared through Redis) and the listener that records them (<see cref="CommitPositionRecorder"/>). Without
/// standbys nothing listens for them, so a single server pays nothing.
/// </summary>
internal static class ReplicaRegistration
{
    public static void AddReplicas(IServiceCollection services, Action<TravelPlannerDataOptions> configure)
    {
        // The seam for TravelPlanner.Data.Redis, which replaces this registration with RedisCommitPositions.
        services.TryAddSingleton<ICommitPositions>(sp => new ProcessCommitPositions(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ReadRouter(sp.GetRequiredKeyedService<NpgsqlDataSource>(TravelPlannerDataServiceCollectionExtensions.DataSourceServiceKey), sp.GetRequiredService<ICommitPositions>()));
        if (HasStandbys(configure))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IChangeListener, CommitPositionRecorder>(sp => new CommitPositionRecorder(
                sp.GetRequiredService<ReadRouter>(),
                sp.GetRequiredService<ICommitPositions>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger<CommitPositionRecorder>() ?? NullLogger<CommitPositionRecorder>.Instance)));
        }
    }

    // Probed at registration, like the cache: whether anyone listens to writes is decided now.
    private static bool HasStandbys(Action<TravelPlannerDataOptions> configure)
    {
        var probe = new TravelPlannerDataOptions();
        configure(probe);
        if (probe.Replicas.StandbyConnectionStrings.Any(s => !string.IsNullOrWhiteSpace(s)))
        {
            return true;
        }

        try
        {
            return !string.IsNullOrWhiteSpace(probe.ConnectionString) && ReplicaHosts.IsMultiHost(new NpgsqlConnectionStringBuilder(probe.ConnectionString));
        }
        catch (ArgumentException)
        {
            return false; // reported by the options validator at start
        }
    }
}
