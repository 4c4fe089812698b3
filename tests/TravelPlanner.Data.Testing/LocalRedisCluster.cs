using System.Globalization;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A throwaway Redis Cluster of three masters and no replicas: three <c>redis-server --cluster-enabled yes</c> processes
/// on free ports (cluster bus ports chosen free as well), joined by <c>redis-cli --cluster create</c>. Tests move slots
/// between the masters while they run (<see cref="MoveSlotsAsync"/>).
/// </summary>
public sealed class LocalRedisCluster : IRedisDeployment
{
    private readonly IReadOnlyList<LocalRedisServer> _nodes;

    private LocalRedisCluster(IReadOnlyList<LocalRedisServer> nodes) => _nodes = nodes;

    /// <summary>StackExchange.Redis configuration string naming every master.</summary>
    public string ConnectionString => string.Join(',', _nodes.Select(n => n.ConnectionString));

    /// <summary>The masters' ports.</summary>
    public IReadOnlyList<int> Ports => _nodes.Select(n => n.Port).ToList();

    /// <summary>Starts three masters and creates the cluster; returns once every node reports <c>cluster_state:ok</c>.</summary>
    /// <exception cref="TestServerUnavailableException">No <c>redis-server</c>/<c>redis-cli</c>, or the cluster would not form.</exception>
    public static async Task<LocalRedisCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var nodes = new List<LocalRedisServer>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var busPort = FreePort.Find();
                nodes.Add(await LocalRedisServer.StartAsync(
                    _ => ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000",
                          "--cluster-port", busPort.ToString(CultureInfo.InvariantCulture)],
                    cancellationToken));
            }

            var cluster = new LocalRedisCluster(nodes);
            await CliAsync(["--cluster", "create", .. nodes.Select(n => n.ConnectionString), "--cluster-replicas", "0", "--cluster-yes"], cancellationToken);
            await cluster.WaitUntilOkAsync(cancellationToken);
            return cluster;
        }
        catch (Exception e) when (e is not OperationCanceledException and not TestServerUnavailableException)
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            throw new TestServerUnavailableException($"Could not start a Redis Cluster: {e.Message}", e);
        }
    }

    /// <summary>
    /// Moves <paramref name="slots"/> slots from the master at index <paramref name="from"/> to the one at <paramref name="to"/>
    /// (<c>redis-cli --cluster reshard</c>: keys migrate while clients keep running, redirected by MOVED/ASK).
    /// </summary>
    public async Task MoveSlotsAsync(int from, int to, int slots, CancellationToken cancellationToken = default)
    {
        var source = await NodeIdAsync(from, cancellationToken);
        var target = await NodeIdAsync(to, cancellationToken);
        await CliAsync(
            ["--cluster", "reshard", _nodes[from].ConnectionString, "--cluster-from", source, "--cluster-to", target,
             "--cluster-slots", slots.ToString(CultureInfo.InvariantCulture), "--cluster-yes", "--cluster-pipeline", "100"],
            cancellationToken);
    }

    /// <summary>Kills every master.</summary>
    public async Task KillAsync()
    {
        foreach (var node in _nodes)
        {
            await node.KillAsync();
        }
    }

    /// <summary>Restarts every master from its <c>nodes.conf</c> (same slots) and waits for <c>cluster_state:ok</c>.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        foreach (var node in _nodes)
        {
            await node.RestartAsync(cancellationToken);
        }

        await WaitUntilOkAsync(cancellationToken);
    }

    /// <summary>Stops every node and deletes their directories.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }

    private async Task<string> NodeIdAsync(int index, CancellationToken cancellationToken) =>
        (await CliAsync(["-p", _nodes[index].Port.ToString(CultureInfo.InvariantCulture), "cluster", "myid"], cancellationToken)).Trim();

    private async Task WaitUntilOkAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var node in _nodes)
        {
            while (!(await CliAsync(["-p", node.Port.ToString(CultureInfo.InvariantCulture), "cluster", "info"], cancellationToken)).Contains("cluster_state:ok", StringComparison.Ordinal))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"The Redis Cluster node on port {node.Port} did not report cluster_state:ok.");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task<string> CliAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var cli = ProcessRunner.FindOnPath("redis-cli") ?? "/usr/bin/redis-cli";
        var args = arguments.ToList();
        var (exitCode, output) = await ProcessRunner.RunAsync(cli, args, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'redis-cli {string.Join(' ', args)}' exited with {exitCode}: {output.Trim()}");
        }

        return output;
    }
}
