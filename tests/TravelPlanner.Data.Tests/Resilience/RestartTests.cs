using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Builders;

namespace TravelPlanner.Data.Tests.Resilience;

/// <summary>
/// Issue 14, item 8: a fast restart of PostgreSQL (about a second) outlasted the read retry budget (0.35-0.7 s), so
/// reads failed during an ordinary restart. On a server of its own (restarting the shared one would fail other tests).
/// </summary>
public sealed class RestartTests : IAsyncLifetime
{
    private LocalPostgresServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LocalPostgresServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Reads_during_a_fast_restart_of_PostgreSQL_all_succeed()
    {
        var database = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = "restart_" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString;
        await new DatabaseMigrator(database).MigrateAsync(TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o =>
        {
            o.ConnectionString = database;
            o.PasswordWorkFactor = 4;
        });
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<IUserService>();
        var user = await UserBuilder.New().CreateAsync(users);

        var reads = await ConcurrentCalls.RunAsync(8, TimeSpan.FromSeconds(5), _ => users.GetByIdAsync(user.Id), async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await _server.RestartFastAsync();
        }, TestContext.Current.CancellationToken);

        Assert.True(reads.Count > 8, $"only {reads.Count} reads ran");
        Assert.DoesNotContain(reads, r => r.Failed);
    }
}
