using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.DependencyInjection;

/// <summary><c>AddTravelPlannerMigrations</c>: the schema is applied when the host starts, in one line of registration.</summary>
public sealed class MigrationHostingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_host_with_migrations_registered_creates_and_migrates_its_database_at_start_in_its_own_activity()
    {
        // Regression: a host wrote a dozen lines of IOptions plus new DatabaseMigrator(...) to migrate at start.
        var connectionString = postgres.ConnectionStringForNewDatabase();
        var started = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == TravelPlannerDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = started.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:TravelPlanner"] = connectionString,
            ["TravelPlanner:PasswordWorkFactor"] = "4",
        });
        builder.Services.AddTravelPlannerData(builder.Configuration);
        builder.Services.AddTravelPlannerMigrations().AddTravelPlannerMigrations();
        using var host = builder.Build();

        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            var user = await UserBuilder.New().CreateAsync(host.Services.GetRequiredService<IUserService>());
            var status = await host.Services.GetRequiredService<DatabaseMigrator>().GetStatusAsync(TestContext.Current.CancellationToken);
            await host.StopAsync(TestContext.Current.CancellationToken);

            Assert.NotEqual(Guid.Empty, user.Id);
            Assert.Equal(DatabaseMigrator.ScriptNames, status.Applied);
            Assert.Single(host.Services.GetServices<IHostedService>().OfType<object>(), s => s.GetType().Name == "MigrationHostedService");
            Assert.Contains(started, a => a.OperationName == "travelplanner.migrate" && a.Status != ActivityStatusCode.Error);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }
}
