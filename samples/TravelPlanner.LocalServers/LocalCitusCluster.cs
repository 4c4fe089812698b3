namespace TravelPlanner.Data.Testing;

/// <summary>
/// A throwaway Citus cluster from the machine's own PostgreSQL binaries: a coordinator and two workers,
/// each a <see cref="LocalPostgresServer"/> with <c>shared_preload_libraries = 'citus'</c> on a free port in
/// a temporary directory, the workers registered with the coordinator (<c>citus_add_node</c>) in its
/// <c>postgres</c> database. When the Citus extension is not installed it runs the installer named by
/// <c>TRAVELPLANNER_CITUS_INSTALLER</c>, else fails with a message that says how to install it.
/// </summary>
public sealed class LocalCitusCluster : IAsyncDisposable
{
    /// <summary>Environment variable naming a script that installs Citus into the machine's PostgreSQL (run when citus.so is missing).</summary>
    public const string InstallerVariable = "TRAVELPLANNER_CITUS_INSTALLER";

    // Four shards a table (Citus's default is 32): enough to tell a router query from a fan-out, and
    // creating a database's shards stays quick. citus.shard_count applies when a table is distributed.
    // citus_stat_counters (single- vs multi-shard executions) on, for the load run's multi-shard share. Many
    // test classes at once open many coordinator sessions, each with its own connections to the workers: the
    // shared pool caps those below a worker's max_connections, so sessions queue instead of failing with
    // "failure on connection marked as essential"; on a loaded two-core machine a worker may take longer than
    // the default 30 s to accept a connection.
    private static readonly string[] Settings =
    [
        "shared_preload_libraries=citus", "citus.shard_count=4", "max_prepared_transactions=200", "citus.enable_stat_counters=on",
        "max_connections=500", "citus.max_shared_pool_size=250", "citus.node_connection_timeout=120s",
        "citus.max_cached_conns_per_worker=4",
    ];

    private readonly LocalPostgresServer[] _nodes;

    private LocalCitusCluster(LocalPostgresServer[] nodes) => _nodes = nodes;

    /// <summary>The coordinator's <c>postgres</c> database, as the <c>postgres</c> superuser.</summary>
    public string ConnectionString => _nodes[0].ConnectionString;

    /// <summary>Where the nodes run, for logs.</summary>
    public string Description =>
        $"local Citus: coordinator on port {_nodes[0].Port}, workers on {string.Join(" and ", _nodes.Skip(1).Select(n => n.Port))}";

    /// <summary>Installs Citus if needed, starts the three nodes and registers the workers.</summary>
    /// <exception cref="TestServerUnavailableException">No PostgreSQL binaries, no Citus and no installer, or a node would not start.</exception>
    public static async Task<LocalCitusCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInstalledAsync(cancellationToken);
        var nodes = new List<LocalPostgresServer>();
        try
        {
            foreach (var _ in Enumerable.Range(0, 3))
            {
                nodes.Add(await LocalPostgresServer.StartAsync(Settings, cancellationToken));
            }

            var cluster = new LocalCitusCluster([.. nodes]);
            await CitusNodes.RegisterAsync(cluster.ConnectionString, [.. nodes.Skip(1).Select(n => n.ConnectionString)], cancellationToken);
            return cluster;
        }
        catch
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            throw;
        }
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var bin = LocalPostgresServer.FindBinDirectory() ?? throw new TestServerUnavailableException(
            "No PostgreSQL server binaries found for a local Citus cluster (Debian: apt-get install -y postgresql-15).");
        if (IsInstalled(bin))
        {
            return;
        }

        var installer = Environment.GetEnvironmentVariable(InstallerVariable);
        if (string.IsNullOrWhiteSpace(installer))
        {
            throw new TestServerUnavailableException(
                $"The Citus extension is not installed in the PostgreSQL at {bin} (no citus.so). Install Citus 13.2 for it " +
                "(Debian/Ubuntu: Citus's packages, https://docs.citusdata.com/en/stable/installation/multi_node_debian.html, " +
                $"package postgresql-15-citus-13.2), or set {InstallerVariable} to a script that installs it, " +
                "or set TRAVELPLANNER_TEST_CITUS to a coordinator's connection string.");
        }

        var (exitCode, output) = await ProcessRunner.RunAsync("bash", [Path.GetFullPath(installer)], cancellationToken);
        if (exitCode != 0 || !IsInstalled(bin))
        {
            throw new TestServerUnavailableException($"{InstallerVariable} ({installer}) did not install Citus (exit code {exitCode}): {output.Trim()}");
        }
    }

    private static bool IsInstalled(string bin) => File.Exists(Path.Combine(bin, "..", "lib", "citus.so"));

    /// <summary>Creates <paramref name="database"/> on every node with the extension and the workers registered; returns the coordinator's connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        var coordinator = await CitusNodes.CreatePlainDatabaseAsync(ConnectionString, database, cancellationToken);
        await CitusNodes.EnableCitusAsync(ConnectionString, database, cancellationToken);
        return coordinator;
    }

    /// <summary>Stops the three nodes and deletes their directories.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }
}
