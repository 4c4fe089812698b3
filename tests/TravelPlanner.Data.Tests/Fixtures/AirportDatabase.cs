using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// A test class's own migrated database with the shipped airports loaded once (through the importer)
/// and analysed, for classes that read airports and never change them.
/// </summary>
public sealed class AirportDatabase(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(postgres);

    /// <summary>The database (pass it to <see cref="TestServices.Create"/>).</summary>
    public TestDatabase Database => _database;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await new AirportImporter(_database.ConnectionString).ImportAsync();

        // The importer ends with VACUUM (ANALYZE), which flushes the trigram indexes' pending lists (the
        // plan test depends on that); ANALYZE again so the statistics do not depend on it as well.
        await using var command = _database.DataSource.CreateCommand("analyze airports");
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
