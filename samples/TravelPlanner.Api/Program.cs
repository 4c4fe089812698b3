using TravelPlanner.Api;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

// Connection strings from configuration: ConnectionStrings__TravelPlanner (required) and ConnectionStrings__Redis
// (optional: without it every read goes to PostgreSQL), or the TravelPlanner and TravelPlanner:Cache sections.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTravelPlannerData(builder.Configuration)   // TravelPlanner.Data: PostgreSQL
                .AddRedisCache(builder.Configuration);         // TravelPlanner.Data.Redis
builder.Services.AddTravelPlannerMigrations();                 // TravelPlanner.Data.AspNetCore: migrate at start
builder.Services.AddTravelPlannerDataProblemDetails();         // ... the library's exceptions as problem details
builder.Services.AddHealthChecks().AddTravelPlannerDataHealthChecks();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();                                              // /openapi/v1.json
app.MapTravelPlannerHealthChecks();                            // /health/live, /health/ready, /health

var users = app.MapGroup("/users").WithTags("Users");
users.MapPost("/register", async (RegisterUser registration, IUserService service, CancellationToken cancellationToken) =>
{
    var user = await service.RegisterAsync(registration, cancellationToken);
    return TypedResults.Created($"/users/{user.Id}", user);
});
users.MapPost("/login", async (Login login, IUserService service, CancellationToken cancellationToken) =>
    TypedResults.Ok(await service.AuthenticateAsync(login.Email, login.Password, cancellationToken)));

var trips = app.MapGroup("/trips").WithTags("Trips").AddEndpointFilter(CurrentUser.RequireAsync);
trips.MapGet("/", async (HttpContext context, ITripService service, TripFilter? filter, int? page, CancellationToken cancellationToken) =>
    TypedResults.Ok(await service.GetUserTripsAsync(CurrentUser.Of(context), filter ?? TripFilter.All, page ?? 1, cancellationToken: cancellationToken)));
trips.MapPost("/", async (HttpContext context, CreateTrip command, ITripService service, CancellationToken cancellationToken) =>
{
    var trip = await service.CreateTripAsync(command, CurrentUser.Of(context), cancellationToken);
    return TypedResults.Created($"/trips/{trip.Id}", trip);
});
trips.MapGet("/{tripId:guid}", async (HttpContext context, Guid tripId, ITripService service, CancellationToken cancellationToken) =>
    TypedResults.Ok(await service.GetTripWithDetailsAsync(tripId, CurrentUser.Of(context), cancellationToken)));
trips.MapDelete("/{tripId:guid}", async (HttpContext context, Guid tripId, ITripService service, CancellationToken cancellationToken) =>
{
    await service.DeleteTripAsync(tripId, CurrentUser.Of(context), cancellationToken);
    return TypedResults.NoContent();
});
trips.MapPost("/{tripId:guid}/flights", async (HttpContext context, Guid tripId, FlightInput input, IFlightService service, CancellationToken cancellationToken) =>
{
    var flight = await service.CreateAsync(input with { TripId = tripId }, CurrentUser.Of(context), cancellationToken);
    return TypedResults.Created($"/trips/{tripId}/flights/{flight.Id}", flight);
});
trips.MapPost("/{tripId:guid}/hotels", async (HttpContext context, Guid tripId, HotelInput input, IHotelService service, CancellationToken cancellationToken) =>
{
    var hotel = await service.CreateAsync(input with { TripId = tripId }, CurrentUser.Of(context), cancellationToken);
    return TypedResults.Created($"/trips/{tripId}/hotels/{hotel.Id}", hotel);
});

var airports = app.MapGroup("/airports").WithTags("Airports");
airports.MapGet("/search", async (string q, int? limit, IAirportService service, CancellationToken cancellationToken) =>
    TypedResults.Ok(await service.SearchAirportsAsync(q, limit ?? 10, cancellationToken)));
airports.MapGet("/{code}", async (string code, IAirportService service, CancellationToken cancellationToken) =>
    TypedResults.Ok(await service.GetAirportByCodeAsync(code, cancellationToken)));

var vouchers = app.MapGroup("/vouchers").WithTags("Vouchers").AddEndpointFilter(CurrentUser.RequireAsync);
vouchers.MapGet("/", async (HttpContext context, IVoucherService service, CancellationToken cancellationToken) =>
    TypedResults.Ok(await service.GetUserVouchersAsync(CurrentUser.Of(context), cancellationToken: cancellationToken)));
vouchers.MapPost("/", async (HttpContext context, VoucherDetails details, IVoucherService service, CancellationToken cancellationToken) =>
{
    var voucher = await service.CreateVoucherAsync(details, CurrentUser.Of(context), cancellationToken);
    return TypedResults.Created($"/vouchers/{voucher.Id}", voucher);
});

await app.RunAsync();
