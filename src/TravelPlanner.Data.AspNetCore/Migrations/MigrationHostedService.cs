using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Migrations;

/// <summary>
/// Applies the pending migrations when the host starts, before it serves (hosted services start in registration
/// order, before the server listens), inside an activity of its own (<c>travelplanner.migrate</c>). A failure stops
/// the host from starting with the <see cref="MigrationException"/> that says why.
/// </summary>
internal sealed class MigrationHostedService(DatabaseMigrator migrator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = TravelPlannerDiagnostics.ActivitySource.StartActivity("travelplanner.migrate", ActivityKind.Internal);
        try
        {
            var result = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            activity?.SetTag("travelplanner.migrations.applied", result.AppliedScripts.Count);
        }
        catch (MigrationException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            activity?.SetTag("error.type", e.Failure.ToString());
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
