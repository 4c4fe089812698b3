using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

[assembly: AssemblyFixture(typeof(TravelPlanner.Data.Tests.Fixtures.PostgresFixture))]

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// One real PostgreSQL server for the whole run. It migrates a template database once; every test
/// class then gets its own copy (<c>CREATE DATABASE ... TEMPLATE</c>, a file copy) through
/// <see cref="TestDatabase"/>, so classes run in parallel and never see each other's rows.
/// When no server can be had, every test fails with a message that says what to install.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private TestPostgres? _server;
    private LocalPgBouncer? _bouncer;

    /// <summary>The server (throws when initialisation failed, so tests fail rather than pass).</summary>
    public TestPostgres Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture did not start.");

    /// <summary>PgBouncer in transaction mode in front of <see cref="Server"/>: the service tests reach their databases through it.</summary>
    public LocalPgBouncer Bouncer => _bouncer ?? throw new InvalidOperationException("The PgBouncer in front of the test server did not start.");

    /// <summary>The migrated database every test database is copied from.</summary>
    public string TemplateDatabase { get; } = "tp_template_" + Guid.NewGuid().ToString("N")[..8];

    public async ValueTask InitializeAsync()
    {
        _server = await TestPostgres.StartAsync();
        var template = new NpgsqlConnectionStringBuilder(Server.ConnectionStringFor(TemplateDatabase)) { Pooling = false };
        await new DatabaseMigrator(template.ConnectionString).MigrateAsync();
        _bouncer = await LocalPgBouncer.StartAsync(Server.ConnectionString);
    }

    /// <summary>Creates a new, fully migrated database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "tp_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync($"create database {name} template {TemplateDatabase}", cancellationToken);
        return Server.ConnectionStringFor(name);
    }

    /// <summary>Creates an empty database (no migrations) and returns its connection string.</summary>
    public async Task<string> CreateEmptyDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "tp_empty_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync($"create database {name}", cancellationToken);
        return Server.ConnectionStringFor(name);
    }

    /// <summary>A connection string for a database name that does not exist yet.</summary>
    public string ConnectionStringForNewDatabase() => Server.ConnectionStringFor("tp_new_" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Drops a database made by this fixture, closing its connections.</summary>
    public Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        return ExecuteOnServerAsync($"drop database if exists {name} with (force)", CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
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

    // Names here are generated above (letters, digits, underscore), never caller input.
    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
