using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

[assembly: AssemblyFixture(typeof(TravelPlanner.Data.Tests.Fixtures.PostgresFixture))]

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// One real database server for the whole run: plain PostgreSQL, or a Citus cluster when
/// <c>TRAVELPLANNER_TEST_TARGET=citus</c> (<c>./build.sh test-citus</c>), so the same test classes run
/// against both. On PostgreSQL it migrates a template database once and every test class gets its own copy
/// (<c>CREATE DATABASE ... TEMPLATE</c>, a file copy). On Citus a copy would share the template's shards, so
/// each class gets a database created on every node and migrated, which distributes its tables (0009).
/// When no server can be had, every test fails with a message that says what to install.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>Environment variable choosing the server the tests run against: <c>postgres</c> (default) or <c>citus</c>.</summary>
    public const string TargetVariable = "TRAVELPLANNER_TEST_TARGET";

    private TestPostgres? _server;
    private TestCitus? _citus;
    private LocalPgBouncer? _bouncer;

    /// <summary>
    /// Trait on tests that only mean something on a cluster (<c>[Trait(TargetTrait, "citus")]</c>): <c>./build.sh test</c>
    /// filters them out, and <see cref="RequireCitus"/> fails them when run without the cluster, never a skip.
    /// <c>[Trait(TargetTrait, "postgres")]</c> marks the few that check single-node PostgreSQL's own plans: the Citus run leaves them out.
    /// </summary>
    public const string TargetTrait = "Target";

    /// <summary>True when this run targets a Citus cluster.</summary>
    public static bool IsCitus { get; } = string.Equals(Environment.GetEnvironmentVariable(TargetVariable), "citus", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fails the calling test unless this run targets Citus.</summary>
    public static void RequireCitus() =>
        Assert.True(IsCitus, $"This test needs a Citus cluster: run it with ./build.sh test-citus ({TargetVariable}=citus).");

    /// <summary>Connection string to the server's (the coordinator's) maintenance database, as a role that may create databases.</summary>
    public string ServerConnectionString =>
        _citus?.ConnectionString ?? _server?.ConnectionString ?? throw new InvalidOperationException("The PostgreSQL fixture did not start.");

    /// <summary>Where the server came from, for logs.</summary>
    public string Description => _citus?.Description ?? _server?.Description ?? "not started";

    /// <summary>PgBouncer in transaction mode in front of the server (on Citus, the coordinator): the service tests reach their databases through it.</summary>
    public LocalPgBouncer Bouncer => _bouncer ?? throw new InvalidOperationException("The PgBouncer in front of the test server did not start.");

    /// <summary>The migrated database every test database is copied from (plain PostgreSQL only).</summary>
    public string TemplateDatabase { get; } = "tp_template_" + Guid.NewGuid().ToString("N")[..8];

    public async ValueTask InitializeAsync()
    {
        if (IsCitus)
        {
            _citus = await TestCitus.StartAsync();
            _bouncer = await LocalPgBouncer.StartAsync(ServerConnectionString);
            return;
        }

        _server = await TestPostgres.StartAsync();
        var template = new NpgsqlConnectionStringBuilder(ConnectionStringFor(TemplateDatabase)) { Pooling = false };
        await new DatabaseMigrator(template.ConnectionString).MigrateAsync();
        _bouncer = await LocalPgBouncer.StartAsync(ServerConnectionString);
    }

    /// <summary>Creates a new, fully migrated database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "tp_test_" + Guid.NewGuid().ToString("N")[..12];
        if (_citus is not null)
        {
            var connectionString = await _citus.CreateDatabaseAsync(name, cancellationToken);
            var migrate = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
            await new DatabaseMigrator(migrate.ConnectionString).MigrateAsync(cancellationToken);
            return connectionString;
        }

        await ExecuteOnServerAsync($"create database {name} template {TemplateDatabase}", cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>Creates an empty database (no migrations; on Citus with the extension and the workers) and returns its connection string.</summary>
    public async Task<string> CreateEmptyDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "tp_empty_" + Guid.NewGuid().ToString("N")[..12];
        if (_citus is not null)
        {
            return await _citus.CreateDatabaseAsync(name, cancellationToken);
        }

        await ExecuteOnServerAsync($"create database {name}", cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>The cluster, for tests that change a database's own setup (Citus runs only).</summary>
    public TestCitus Citus => _citus ?? throw new InvalidOperationException("This run does not target Citus: run it with ./build.sh test-citus.");

    /// <summary>A connection string for a database name that does not exist yet.</summary>
    public string ConnectionStringForNewDatabase() => ConnectionStringFor("tp_new_" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Drops a database made by this fixture, closing its connections.</summary>
    public Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        return _citus is not null
            ? _citus.DropDatabaseAsync(name, CancellationToken.None)
            : ExecuteOnServerAsync($"drop database if exists {name} with (force)", CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_citus is not null)
        {
            if (_bouncer is not null)
            {
                await _bouncer.DisposeAsync();
            }

            await _citus.DisposeAsync();
        }

        if (_server is null)
        {
            return;
        }

        try
        {
            await ExecuteOnServerAsync($"drop database if exists {TemplateDatabase} with (force)", CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The server is going away anyway when this run started it.
        }

        if (_bouncer is not null)
        {
            await _bouncer.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    // Names here are generated above (letters, digits, underscore), never caller input.
    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
