using Npgsql;
using Testcontainers.PostgreSql;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A real PostgreSQL server for tests and for the console's throwaway mode, found in this order:
/// the <c>TRAVELPLANNER_TEST_POSTGRES</c> connection string; a Testcontainers container when a Docker
/// engine answers; the machine's own PostgreSQL binaries started in a temporary directory.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    /// <summary>Environment variable holding a connection string to an existing server (a role that may create databases).</summary>
    public const string EnvironmentVariable = "TRAVELPLANNER_TEST_POSTGRES";

    private readonly IAsyncDisposable? _owned;

    private TestPostgres(string connectionString, string description, IAsyncDisposable? owned)
    {
        ConnectionString = connectionString;
        Description = description;
        _owned = owned;
    }

    /// <summary>Connection string to the server's maintenance database, as a role that may create databases.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the server came from, for logs.</summary>
    public string Description { get; }

    /// <summary>Finds or starts a server.</summary>
    /// <exception cref="TestServerUnavailableException">None is configured and none could be started; the message says what to install.</exception>
    public static async Task<TestPostgres> StartAsync(CancellationToken cancellationToken = default)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new TestPostgres(configured, $"{EnvironmentVariable}", owned: null);
        }

        if (DockerEngine.IsAvailable)
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync(cancellationToken);
            return new TestPostgres(container.GetConnectionString(), "Testcontainers (postgres:15-alpine)", container);
        }

        var local = await LocalPostgresServer.StartAsync(cancellationToken);
        return new TestPostgres(local.ConnectionString, $"local PostgreSQL on port {local.Port} in {local.Directory}", local);
    }

    /// <summary>The same server, database <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Stops the server if this instance started it.</summary>
    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
