using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelPlanner.Data;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Sample;

// Connection strings from ConnectionStrings__TravelPlanner and ConnectionStrings__Redis (or the
// "TravelPlanner" and "TravelPlanner:Cache" configuration sections); without Redis the services read PostgreSQL every time.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var services = new ServiceCollection();
services.AddTravelPlannerData(configuration)   // package TravelPlanner.Data
        .AddRedisCache(configuration);         // package TravelPlanner.Data.Redis
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

try
{
    // What a host does at start: validate the options (a missing connection string fails here, by name).
    provider.GetRequiredService<IStartupValidator>().Validate();
    var options = provider.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value;
    var migrated = await new DatabaseMigrator(options.ConnectionString).MigrateAsync();
    Console.WriteLine($"Migrated: {migrated.AppliedScripts.Count} script(s) applied.");

    var users = provider.GetRequiredService<IUserService>();
    var trips = provider.GetRequiredService<ITripService>();
    var flights = provider.GetRequiredService<IFlightService>();

    var user = await users.RegisterAsync(new RegisterUser($"ada-{Guid.NewGuid():N}@example.com", "correct horse battery", "Ada", "Lovelace"));
    var departure = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
    var trip = await trips.CreateTripAsync(new CreateTrip("Lisbon in spring", departure, departure.AddDays(7), TripPurpose.Pleasure), user.Id);
    var takeOff = departure.ToDateTime(new TimeOnly(9, 40), DateTimeKind.Utc);
    await flights.CreateAsync(new FlightInput("TP 1351", "LHR", "LIS", takeOff, takeOff.AddHours(2.7), TripId: trip.Id), user.Id);
    Console.WriteLine($"Created user {user.Email} and trip \"{trip.Name}\" ({trip.DepartureDate:yyyy-MM-dd} to {trip.ReturnDate:yyyy-MM-dd}).");

    // Read the user's upcoming trips twice: with Redis configured the second read comes from the cache.
    using var cache = new CacheCounters();
    for (var read = 1; read <= 2; read++)
    {
        var started = Stopwatch.GetTimestamp();
        var page = await trips.GetUserTripsAsync(user.Id, TripFilter.Upcoming);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var listed = page.Items.Single();
        Console.WriteLine($"Read {read}: {elapsed.TotalMilliseconds:F1} ms, cache hits {cache.Hits}, misses {cache.Misses}: \"{listed.Name}\" with {listed.FlightCount} flight(s)");
    }

    // The details (flights with airport names) in one round trip; not cached, as in the seed.
    foreach (var flight in (await trips.GetTripWithDetailsAsync(trip.Id, user.Id)).Flights)
    {
        Console.WriteLine($"  {flight.FlightNumber} {flight.Origin} ({flight.OriginName ?? "?"}) -> {flight.Destination} ({flight.DestinationName ?? "?"}) departs {flight.DepartureDateTime:u}");
    }

    if (!string.IsNullOrEmpty(provider.GetRequiredService<IOptions<TravelPlannerCacheOptions>>().Value.RedisConnectionString) && cache.Hits == 0)
    {
        Console.Error.WriteLine("error: Redis is configured but the second read was not served from the cache.");
        return 1;
    }

    return 0;
}
catch (Exception e) when (e is TravelPlannerException or OptionsValidationException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
