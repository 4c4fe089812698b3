using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>flights</c> (sql/queries/flights). Every statement is scoped to the owner.</summary>
internal sealed class FlightRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertFlight = QueryCatalog.Get("flights/insert_flight");
    private static readonly SqlQuery GetFlight = QueryCatalog.Get("flights/get_flight");
    private static readonly SqlQuery UpdateFlight = QueryCatalog.Get("flights/update_flight");
    private static readonly SqlQuery DeleteFlight = QueryCatalog.Get("flights/delete_flight");

    public Task<Flight> InsertFlightAsync(Guid userId, FlightFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<Flight>(InsertFlight, fields.ToParameters(id: null, userId), cancellationToken);

    /// <summary>The row, or null when it does not exist or another user owns it.</summary>
    public Task<Flight?> GetFlightAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Flight>(GetFlight, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The updated row, or null when it does not exist or another user owns it.</summary>
    public Task<Flight?> UpdateFlightAsync(Guid id, Guid userId, FlightFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Flight>(UpdateFlight, fields.ToParameters(id, userId), cancellationToken);

    public Task<int> DeleteFlightAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteFlight, new { Id = id, UserId = userId }, cancellationToken);
}

/// <summary>Validated, normalised fields of one row as the SQL takes them.</summary>
internal sealed record FlightFields(
    Guid? TripId,
    string FlightNumber,
    string Origin,
    string Destination,
    DateTime DepartureDateTime,
    DateTime ArrivalDateTime,
    string? SeatNumber,
    string? ConfirmationCode,
    string? Notes)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        TripId,
        FlightNumber,
        Origin,
        Destination,
        DepartureDateTime,
        ArrivalDateTime,
        SeatNumber,
        ConfirmationCode,
        Notes,
    };
}
