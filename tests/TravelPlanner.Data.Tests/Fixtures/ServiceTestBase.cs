using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// The setup every service test class shares: the class's migrated database, the library wired on it afresh for
/// each test (<see cref="TestServices"/>, no cache) through PgBouncer in transaction mode, as
/// <see cref="TravelPlannerDataOptions.TransactionPooling"/> documents, the schema's rows for direct checks, and the user service
/// (every test creates its own users). A class that needs reference rows overrides <see cref="SeedAsync"/>.
/// </summary>
public abstract class ServiceTestBase(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>The UTC date the services' clock starts on (<see cref="TestServices.Clock"/>).</summary>
    protected static readonly DateOnly Today = new(2030, 6, 15);

    protected TestDatabase Database { get; } = database;

    protected TestServices Services { get; private set; } = null!;

    private protected SchemaRows Rows { get; } = new(database.DataSource);

    protected IUserService Users => Services.Get<IUserService>();

    public async ValueTask InitializeAsync()
    {
        Services = TestServices.Create(Database.PooledConnectionString, redisConnectionString: null, options => options.TransactionPooling = true);
        await SeedAsync();
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Services.DisposeAsync();
    }

    /// <summary>Runs after the services are created, before each test.</summary>
    protected virtual ValueTask SeedAsync() => ValueTask.CompletedTask;
}
