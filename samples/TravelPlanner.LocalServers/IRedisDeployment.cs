namespace TravelPlanner.Data.Testing;

/// <summary>A Redis a test owns and may take away: one server (<see cref="LocalRedisServer"/>) or a cluster (<see cref="LocalRedisCluster"/>).</summary>
public interface IRedisDeployment : IAsyncDisposable
{
    /// <summary>StackExchange.Redis configuration string.</summary>
    string ConnectionString { get; }

    /// <summary>Kills every server process (as a crash would).</summary>
    Task KillAsync();

    /// <summary>Starts them again on the same ports and data, and waits until Redis answers (a cluster: until it is <c>ok</c>).</summary>
    Task RestartAsync(CancellationToken cancellationToken = default);
}
