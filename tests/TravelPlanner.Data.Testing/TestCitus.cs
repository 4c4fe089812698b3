using Npgsql;
using Testcontainers.PostgreSql;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A real Citus cluster for tests, the load run and the console's <c>sandbox --citus</c>, found in this order:
/// the <c>TRAVELPLANNER_TEST_CITUS</c> connection string (a coordinator with its workers registered in the
/// <c>postgres</c> database); a Testcontainers <c>citusdata/citus:13.2</c> container (one node that holds the
/// shards itself) when a Docker engine answers; a <see cref="LocalCitusCluster"/> (coordinator + 2 workers).
/// Never a silent fallback to plain PostgreSQL: when none can be had it throws with what to install.
/// </summary>
public sealed class TestCitus : IAsyncDisposable
{
    /// <summary>Environment variable holding a coordinator's connection string (a superuser: it creates databases and the extension).</summary>
    public const string EnvironmentVariable = "TRAVELPLANNER_TEST_CITUS";

    private readonly IAsyncDisposable? _owned;

    private TestCitus(string connectionString, string description, IAsyncDisposable? owned)
    {
        ConnectionString = connectionString;
        Description = description;
        _owned = owned;
    }

    /// <summary>Connection string to the coordinator's maintenance database.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the cluster came from, for logs.</summary>
    public string Description { get; }

    /// <summary>Finds or starts a cluster.</summary>
    /// <exception cref="TestServerUnavailableException">None is configured and none could be started; the message says what to install.</exception>
    public static async Task<TestCitus> StartAsync(CancellationToken cancellationToken = default)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new TestCitus(configured, EnvironmentVariable, owned: null);
        }

        if (DockerEngine.IsAvailable)
        {
            var container = new PostgreSqlBuilder("citusdata/citus:13.2").Build();
            await container.StartAsync(cancellationToken);
            return new TestCitus(container.GetConnectionString(), "Testcontainers (citusdata/citus:13.2, one node)", container);
        }

        var local = await LocalCitusCluster.StartAsync(cancellationToken);
        return new TestCitus(local.ConnectionString, local.Description, local);
    }

    /// <summary>The coordinator, database <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// Creates <paramref name="database"/> on the coordinator and every worker, with the extension in each and
    /// the workers registered, and returns the coordinator's connection string to it.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        var coordinator = await CreatePlainDatabaseAsync(database, cancellationToken);
        await EnableCitusAsync(database, cancellationToken);
        return coordinator;
    }

    /// <summary>
    /// Creates <paramref name="database"/> on the coordinator and every worker without the extension: a plain
    /// single-node database as far as the migrations can tell, until <see cref="EnableCitusAsync"/>.
    /// </summary>
    public Task<string> CreatePlainDatabaseAsync(string database, CancellationToken cancellationToken = default) =>
        CitusNodes.CreatePlainDatabaseAsync(ConnectionString, database, cancellationToken);

    /// <summary>Installs the extension in <paramref name="database"/> on every node and registers the workers, as an operator would (docs/scaling.md).</summary>
    public Task EnableCitusAsync(string database, CancellationToken cancellationToken = default) =>
        CitusNodes.EnableCitusAsync(ConnectionString, database, cancellationToken);

    /// <summary>Drops <paramref name="database"/> on every node.</summary>
    public Task DropDatabaseAsync(string database, CancellationToken cancellationToken = default) =>
        CitusNodes.DropDatabaseAsync(ConnectionString, database, cancellationToken);

    /// <summary>Stops the cluster if this instance started it.</summary>
    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
