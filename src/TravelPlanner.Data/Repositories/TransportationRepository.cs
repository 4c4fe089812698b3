using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>transportation</c> (sql/queries/transportation). Every statement is scoped to the owner.</summary>
internal sealed class TransportationRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertTransportation = QueryCatalog.Get("transportation/insert_transportation");
    private static readonly SqlQuery GetTransportation = QueryCatalog.Get("transportation/get_transportation");
    private static readonly SqlQuery UpdateTransportation = QueryCatalog.Get("transportation/update_transportation");
    private static readonly SqlQuery DeleteTransportation = QueryCatalog.Get("transportation/delete_transportation");

    public Task<Transportation> InsertTransportationAsync(Guid userId, TransportationFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<Transportation>(InsertTransportation, fields.ToParameters(id: null, userId), cancellationToken);

    /// <summary>The row, or null when it does not exist or another user owns it.</summary>
    public Task<Transportation?> GetTransportationAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Transportation>(GetTransportation, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The updated row, or null when it does not exist or another user owns it.</summary>
    public Task<Transportation?> UpdateTransportationAsync(Guid id, Guid userId, TransportationFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Transportation>(UpdateTransportation, fields.ToParameters(id, userId), cancellationToken);

    public Task<int> DeleteTransportationAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteTransportation, new { Id = id, UserId = userId }, cancellationToken);
}

/// <summary>Validated, normalised fields of one row as the SQL takes them.</summary>
internal sealed record TransportationFields(
    Guid? TripId,
    TransportationType Type,
    string? Carrier,
    string Origin,
    string Destination,
    DateTime DepartureDateTime,
    DateTime ArrivalDateTime,
    string? ConfirmationNumber,
    string? Notes)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        TripId,
        Type = DbCodes.Of(Type),
        Carrier,
        Origin,
        Destination,
        DepartureDateTime,
        ArrivalDateTime,
        ConfirmationNumber,
        Notes,
    };
}
