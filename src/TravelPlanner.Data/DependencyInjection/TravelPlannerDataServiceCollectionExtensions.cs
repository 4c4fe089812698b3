using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TravelPlanner.Data;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.DependencyInjection;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.ReferenceData;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Security;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Services.Airports;

// In the DI namespace so one using-free call wires the library (as Npgsql and ASP.NET Core do).
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers TravelPlanner.Data in a service collection.</summary>
public static class TravelPlannerDataServiceCollectionExtensions
{
    /// <summary>
    /// The service key of the library's <see cref="NpgsqlDataSource"/> (and <c>DbDataSource</c>, <c>NpgsqlConnection</c>):
    /// a host's own unkeyed data source, registered before or after, never changes what the library talks to. A host
    /// that wants the library's resolves it with <c>[FromKeyedServices(DataSourceServiceKey)]</c>.
    /// </summary>
    public const string DataSourceServiceKey = "TravelPlanner.Data";

    /// <summary>
    /// Registers the library with its options bound from <paramref name="configuration"/>: the section
    /// <paramref name="sectionName"/> (default <c>TravelPlanner</c>; keys as in <see cref="TravelPlannerDataOptions"/>,
    /// e.g. <c>TravelPlanner:ConnectionString</c>), with <c>ConnectionStrings:TravelPlanner</c> as the fall-back for
    /// the connection string (environment variable <c>ConnectionStrings__TravelPlanner</c>). The values are read when
    /// the options are first resolved. Otherwise the same as
    /// <see cref="AddTravelPlannerData(IServiceCollection, Action{TravelPlannerDataOptions})"/>.
    /// </summary>
    public static ITravelPlannerDataBuilder AddTravelPlannerData(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName = TravelPlannerDataOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        return services.AddTravelPlannerData(options => Bind(configuration, sectionName, options));
    }

    /// <summary>
    /// Registers the data source, repositories, services and password hasher, on PostgreSQL alone. The data source is
    /// Npgsql.DependencyInjection's, keyed <see cref="DataSourceServiceKey"/> and logging through the host's
    /// <c>ILoggerFactory</c>; a host's own <see cref="NpgsqlDataSource"/> is left alone. Uses <c>TryAdd*</c>, so a
    /// <see cref="TimeProvider"/> or <see cref="IPasswordHasher"/> a host registered first wins. The data source auto-prepares
    /// the library's statements (<c>Max Auto Prepare=128</c>) unless the connection string sets
    /// <c>Max Auto Prepare</c> itself. The options are validated when the host starts
    /// (<c>ValidateOnStart</c>; without a host, on first use): an invalid setting throws
    /// <see cref="OptionsValidationException"/> whose message names the key. The returned builder is where the
    /// sibling packages plug in (<c>.AddRedisCache(...)</c> from TravelPlanner.Data.Redis).
    /// </summary>
    public static ITravelPlannerDataBuilder AddTravelPlannerData(this IServiceCollection services, Action<TravelPlannerDataOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<TravelPlannerDataOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TravelPlannerDataOptions>, TravelPlannerDataOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // The connection string is the options' (read when the data source is first resolved, like every option), so the
        // builder starts empty and DataSourceFactory gives it the connection string and the library's settings.
        services.AddNpgsqlDataSource(
            string.Empty,
            (sp, builder) => DataSourceFactory.Configure(builder, sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value),
            serviceKey: DataSourceServiceKey);
        services.TryAddSingleton<IPasswordHasher>(sp => new BCryptPasswordHasher(sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.PasswordWorkFactor));
        services.TryAddSingleton(sp => new ChangeAnnouncer(sp.GetServices<IChangeListener>()));
        services.TryAddSingleton(sp => new QueryExecutor(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceServiceKey),
            sp.GetRequiredService<IOptions<TravelPlannerDataOptions>>(),
            sp.GetRequiredService<ChangeAnnouncer>(),
            sp.GetRequiredService<ReadRouter>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<QueryExecutor>(),
            sp.GetRequiredService<TimeProvider>()));
        ReplicaRegistration.AddReplicas(services, configure);

        // Repositories and services: one line each, grouped by area.
        services.TryAddSingleton<UserRepository>();
        services.TryAddSingleton<IUserService, UserService>();

        // Airports, airlines, flight numbers; the airport importer (seed-airports) on the same data source.
        services.TryAddSingleton(_ => AirlineDirectory.Shipped);
        services.TryAddSingleton<AirportRepository>();
        services.TryAddSingleton<IAirportService, AirportService>();
        services.TryAddSingleton(sp => new AirportImporter(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceServiceKey), sp.GetRequiredService<ChangeAnnouncer>()));

        // Trips and trip items.
        services.TryAddSingleton<TripRepository>();
        services.TryAddSingleton<ITripService, TripService>();
        AddTripItem<IFlightService, FlightService, Flight, FlightInput>(services);
        AddTripItem<IHotelService, HotelService, Hotel, HotelInput>(services);
        AddTripItem<ITransportationService, TransportationService, Transportation, TransportationInput>(services);
        AddTripItem<ICarRentalService, CarRentalService, CarRental, CarRentalInput>(services);
        AddTripItem<IEventService, EventService, TravelEvent, TravelEventInput>(services);
        services.TryAddSingleton<ItemCompanionRepository>();
        services.TryAddSingleton<IItemCompanionService, ItemCompanionService>();

        // Companions, trip invitations, vouchers, maintenance.
        services.TryAddSingleton<CompanionRepository>();
        services.TryAddSingleton<ICompanionService, CompanionService>();
        services.TryAddSingleton<TripInvitationRepository>();
        services.TryAddSingleton<ITripInvitationService, TripInvitationService>();
        services.TryAddSingleton<VoucherRepository>();
        services.TryAddSingleton<IVoucherService, VoucherService>();
        services.TryAddSingleton<MaintenanceRepository>();
        services.TryAddSingleton<IMaintenanceService, MaintenanceService>();

        return new TravelPlannerDataBuilder(services);
    }

    /// <summary>One kind of trip item, resolvable by its own interface and by the shared one.</summary>
    private static void AddTripItem<TService, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TImplementation, TItem, TInput>(IServiceCollection services)
        where TService : class, ITripItemService<TItem, TInput>
        where TImplementation : class, TService
    {
        services.TryAddSingleton<TService, TImplementation>();
        services.TryAddSingleton<ITripItemService<TItem, TInput>>(sp => sp.GetRequiredService<TService>());
    }

    private static void Bind(IConfiguration configuration, string sectionName, TravelPlannerDataOptions options)
    {
        configuration.GetSection(sectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            options.ConnectionString = configuration.GetConnectionString("TravelPlanner") ?? string.Empty;
        }
    }
}
