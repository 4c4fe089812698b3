using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>hotels</c> (sql/queries/hotels). Every statement is scoped to the owner.</summary>
internal sealed class HotelRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertHotel = QueryCatalog.Get("hotels/insert_hotel");
    private static readonly SqlQuery GetHotel = QueryCatalog.Get("hotels/get_hotel");
    private static readonly SqlQuery UpdateHotel = QueryCatalog.Get("hotels/update_hotel");
    private static readonly SqlQuery DeleteHotel = QueryCatalog.Get("hotels/delete_hotel");

    public Task<Hotel> InsertHotelAsync(Guid userId, HotelFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<Hotel>(InsertHotel, fields.ToParameters(id: null, userId), cancellationToken);

    /// <summary>The row, or null when it does not exist or another user owns it.</summary>
    public Task<Hotel?> GetHotelAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Hotel>(GetHotel, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The updated row, or null when it does not exist or another user owns it.</summary>
    public Task<Hotel?> UpdateHotelAsync(Guid id, Guid userId, HotelFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Hotel>(UpdateHotel, fields.ToParameters(id, userId), cancellationToken);

    public Task<int> DeleteHotelAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteHotel, new { Id = id, UserId = userId }, cancellationToken);
}

/// <summary>Validated, normalised fields of one row as the SQL takes them.</summary>
internal sealed record HotelFields(
    Guid? TripId,
    string Name,
    string? Address,
    DateTime CheckInDateTime,
    DateTime CheckOutDateTime,
    string? ConfirmationNumber,
    string? Notes)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        TripId,
        Name,
        Address,
        CheckInDateTime,
        CheckOutDateTime,
        ConfirmationNumber,
        Notes,
    };
}
