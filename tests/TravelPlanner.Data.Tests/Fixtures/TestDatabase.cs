using Npgsql;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>A migrated database of the test class's own (class fixture), dropped after the class.</summary>
public sealed class TestDatabase(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    /// <summary>Connection string to this class's database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The same database through PgBouncer in transaction mode (<see cref="PostgresFixture.Bouncer"/>).</summary>
    public string PooledConnectionString => postgres.Bouncer.Through(ConnectionString);

    /// <summary>A data source on this class's database.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The test database was not created.");

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
            await postgres.DropDatabaseAsync(ConnectionString);
        }
    }
}
