using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelPlanner.Data;
using TravelPlanner.Data.Migrations;

#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Migrations at start (eShop's <c>AddMigration&lt;T&gt;()</c>).</summary>
public static class TravelPlannerMigrationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's <see cref="DatabaseMigrator"/> (on the configured connection string, logging through the
    /// host's <c>ILoggerFactory</c>) and a hosted service that applies the pending migrations when the host starts,
    /// before anything else it hosts, in an activity named <c>travelplanner.migrate</c>. A migration failure stops the
    /// host from starting (<see cref="MigrationException"/>). Call after <c>AddTravelPlannerData</c>; idempotent.
    /// </summary>
    public static IServiceCollection AddTravelPlannerMigrations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new DatabaseMigrator(
            sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.ConnectionString,
            sp.GetService<ILoggerFactory>()?.CreateLogger<DatabaseMigrator>()));
        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(MigrationHostedService)))
        {
            // First among the hosted services: the schema is there before anything else starts.
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrationHostedService>());
        }

        return services;
    }

}
