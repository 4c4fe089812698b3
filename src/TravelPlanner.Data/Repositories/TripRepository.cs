using Dapper;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>trips</c> and the reads that span a trip's items (sql/queries/trips).</summary>
internal sealed class TripRepository(QueryExecutor executor)
{
    private static readonly SqlQuery ListUserTrips = QueryCatalog.Get("trips/list_user_trips");
    private static readonly SqlQuery GetTripWithDetails = QueryCatalog.Get("trips/get_trip_with_details");
    private static readonly SqlQuery InsertTrip = QueryCatalog.Get("trips/insert_trip");
    private static readonly SqlQuery UpdateTrip = QueryCatalog.Get("trips/update_trip");
    private static readonly SqlQuery DeleteTrip = QueryCatalog.Get("trips/delete_trip");
    private static readonly SqlQuery GetTripStatistics = QueryCatalog.Get("trips/get_trip_statistics");
    private static readonly SqlQuery SearchTrips = QueryCatalog.Get("trips/search_trips");
    private static readonly SqlQuery GetStandaloneItems = QueryCatalog.Get("trips/get_standalone_items");
    private static readonly SqlQuery ListTripAudience = QueryCatalog.Get("trips/list_trip_audience");

    public Task<(int TotalCount, List<TripSummary> Page)> ListUserTripsAsync(
        Guid userId, TripFilter filter, DateOnly today, int limit, long offset, CancellationToken cancellationToken) =>
        executor.QueryMultipleAsync(
            ListUserTrips,
            new { UserId = userId, Filter = DbCodes.Of(filter), Today = today, Limit = limit, Offset = offset },
            async grid =>
            {
                var total = await grid.ReadSingleAsync<int>().ConfigureAwait(false);
                var page = (await grid.ReadAsync<TripSummary>().ConfigureAwait(false)).AsList();
                return (total, page);
            },
            cancellationToken);

    /// <summary>The trip and everything in it, or null when the user may not read it (one round trip).</summary>
    public Task<TripDetails?> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QueryMultipleAsync(
            GetTripWithDetails,
            new { TripId = tripId, UserId = userId },
            async grid =>
            {
                var trip = await grid.ReadSingleOrDefaultAsync<Trip>().ConfigureAwait(false);
                var flights = (await grid.ReadAsync<Flight>().ConfigureAwait(false)).AsList();
                var hotels = (await grid.ReadAsync<Hotel>().ConfigureAwait(false)).AsList();
                var transportation = (await grid.ReadAsync<Transportation>().ConfigureAwait(false)).AsList();
                var carRentals = (await grid.ReadAsync<CarRental>().ConfigureAwait(false)).AsList();
                var events = (await grid.ReadAsync<TravelEvent>().ConfigureAwait(false)).AsList();
                var companions = (await grid.ReadAsync<TripCompanionSummary>().ConfigureAwait(false)).AsList();
                var itemCompanions = (await grid.ReadAsync<ItemCompanion>().ConfigureAwait(false)).AsList();
                return trip is null
                    ? null
                    : new TripDetails(trip, trip.UserId != userId, flights, hotels, transportation, carRentals, events, companions, itemCompanions);
            },
            cancellationToken);

    public Task<Trip> InsertTripAsync(Guid userId, TripFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<Trip>(InsertTrip, fields.ToParameters(id: null, userId), cancellationToken);

    /// <summary>The updated trip, or null when it does not exist or the user does not own it.</summary>
    public Task<Trip?> UpdateTripAsync(Guid tripId, Guid userId, TripFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Trip>(UpdateTrip, fields.ToParameters(tripId, userId), cancellationToken);

    public Task<int> DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteTrip, new { Id = tripId, UserId = userId }, cancellationToken);

    /// <summary>The users besides the owner who can see (accepted) or may soon see (pending) one of the owner's trips.</summary>
    public Task<List<Guid>> ListTripAudienceAsync(Guid ownerId, CancellationToken cancellationToken) =>
        executor.QueryAsync<Guid>(ListTripAudience, new { OwnerId = ownerId }, cancellationToken);

    public Task<TripStatistics> GetTripStatisticsAsync(Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<TripStatistics>(GetTripStatistics, new { UserId = userId, Today = today }, cancellationToken);

    public Task<List<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit, CancellationToken cancellationToken) =>
        executor.QueryAsync<TripSummary>(SearchTrips, new { UserId = userId, Query = query, Limit = limit }, cancellationToken);

    public Task<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken) =>
        executor.QueryMultipleAsync(
            GetStandaloneItems,
            new { UserId = userId },
            async grid => new StandaloneItems(
                (await grid.ReadAsync<Flight>().ConfigureAwait(false)).AsList(),
                (await grid.ReadAsync<Hotel>().ConfigureAwait(false)).AsList(),
                (await grid.ReadAsync<Transportation>().ConfigureAwait(false)).AsList(),
                (await grid.ReadAsync<CarRental>().ConfigureAwait(false)).AsList(),
                (await grid.ReadAsync<TravelEvent>().ConfigureAwait(false)).AsList()),
            cancellationToken);
}

/// <summary>A trip's validated, normalised fields as the SQL takes them.</summary>
internal sealed record TripFields(string Name, DateOnly DepartureDate, DateOnly ReturnDate, TripPurpose Purpose, string? Description)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        Name,
        DepartureDate,
        ReturnDate,
        Purpose = DbCodes.Of(Purpose),
        Description,
    };
}
