using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Replicas;

namespace TravelPlanner.Data.DependencyInjection;

/// <summary>
/// Where statements run (<see cref="ReadRouter"/>, always registered: with one server it opens every connection from
/// the data source) and, when standbys are configured, read-your-writes: the commit positions (in Redis when the cache
/// is on, else in process) and the listener that records them (<see cref="CommitPositionRecorder"/>). Without
/// standbys nothing listens for them, so a single server pays nothing.
/// </summary>
internal static class ReplicaRegistration
{
    public static void AddReplicas(IServiceCollection services, Action<TravelPlannerDataOptions> configure)
    {
        services.TryAddSingleton<ICommitPositions>(sp =>
        {
            var clock = sp.GetRequiredService<TimeProvider>();
            return sp.GetService<IConnectionMultiplexer>() is { } redis
                ? new RedisCommitPositions(
                    redis,
                    sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.Cache.KeyPrefix,
                    clock,
                    sp.GetService<ILoggerFactory>()?.CreateLogger<RedisCommitPositions>() ?? NullLogger<RedisCommitPositions>.Instance)
                : new ProcessCommitPositions(clock);
        });
        services.TryAddSingleton(sp => new ReadRouter(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ICommitPositions>()));
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
