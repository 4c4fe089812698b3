using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// A primary and a hot standby of the test class's own (class fixture; <see cref="ReplicatedPostgres"/>), with one
/// database migrated on the primary and replayed on the standby. Classes that stop a server get a pair of their own.
/// </summary>
public sealed class ReplicatedDatabase : IAsyncLifetime
{
    private ReplicatedPostgres? _servers;

    /// <summary>The two servers (throws when they did not start, so tests fail rather than pass).</summary>
    public ReplicatedPostgres Servers => _servers ?? throw new InvalidOperationException("The primary and standby did not start.");

    /// <summary>The database's name on both servers.</summary>
    public string Database { get; } = "tp_replica_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>One multi-host connection string: primary first, then the standby.</summary>
    public string ConnectionString => Servers.MultiHostConnectionString(Database);

    /// <summary>The primary alone (for the library's "primary plus standby connection strings" form).</summary>
    public string PrimaryConnectionString => new NpgsqlConnectionStringBuilder(Servers.Primary.ConnectionString) { Database = Database }.ConnectionString;

    /// <summary>The standby alone.</summary>
    public string StandbyConnectionString => new NpgsqlConnectionStringBuilder(Servers.Standby.ConnectionString) { Database = Database }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _servers = await ReplicatedPostgres.StartAsync();
        var migrate = new NpgsqlConnectionStringBuilder(PrimaryConnectionString) { Pooling = false };
        await new DatabaseMigrator(migrate.ConnectionString).MigrateAsync();
        await Servers.WaitForReplayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_servers is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await _servers.DisposeAsync();
        }
    }
}
