using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>car_rentals</c> (sql/queries/car_rentals). Every statement is scoped to the owner.</summary>
internal sealed class CarRentalRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertCarRental = QueryCatalog.Get("car_rentals/insert_car_rental");
    private static readonly SqlQuery GetCarRental = QueryCatalog.Get("car_rentals/get_car_rental");
    private static readonly SqlQuery UpdateCarRental = QueryCatalog.Get("car_rentals/update_car_rental");
    private static readonly SqlQuery DeleteCarRental = QueryCatalog.Get("car_rentals/delete_car_rental");

    public Task<CarRental> InsertCarRentalAsync(Guid userId, CarRentalFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<CarRental>(InsertCarRental, fields.ToParameters(id: null, userId), cancellationToken);

    /// <summary>The row, or null when it does not exist or another user owns it.</summary>
    public Task<CarRental?> GetCarRentalAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<CarRental>(GetCarRental, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The updated row, or null when it does not exist or another user owns it.</summary>
    public Task<CarRental?> UpdateCarRentalAsync(Guid id, Guid userId, CarRentalFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<CarRental>(UpdateCarRental, fields.ToParameters(id, userId), cancellationToken);

    public Task<int> DeleteCarRentalAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteCarRental, new { Id = id, UserId = userId }, cancellationToken);
}

/// <summary>Validated, normalised fields of one row as the SQL takes them.</summary>
internal sealed record CarRentalFields(
    Guid? TripId,
    string Company,
    string PickupLocation,
    string DropoffLocation,
    DateTime PickupDateTime,
    DateTime DropoffDateTime,
    string? ConfirmationNumber,
    string? Notes)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        TripId,
        Company,
        PickupLocation,
        DropoffLocation,
        PickupDateTime,
        DropoffDateTime,
        ConfirmationNumber,
        Notes,
    };
}
