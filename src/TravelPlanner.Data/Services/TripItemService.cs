using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>
/// The one implementation of trip-item CRUD. Each kind of item derives once (<see cref="FlightService"/>,
/// <see cref="HotelService"/>, ...) and supplies only its definition: its statements
/// (<see cref="TripItemQueries"/>), the resource name its errors carry, and <see cref="Parameters"/>, which
/// validates the input and binds it. Ownership is part of every statement; every write announces
/// <see cref="DataChange.Trips"/> for the owner (the trip's item counts changed, or the item moved between trips).
/// Not sealed: it is the base of the five definitions.
/// </summary>
internal abstract class TripItemService<TItem, TInput>(QueryExecutor executor, TripItemQueries queries, string resource)
    : ITripItemService<TItem, TInput>
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<TItem> CreateAsync(TInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(id: null, userId, input);
        return await executor.WriteSingleAsync<TItem>(queries.Insert, parameters, DataChange.Trips(userId), cancellationToken).ConfigureAwait(false);
    }

    public async Task<TItem> GetAsync(Guid itemId, Guid userId, CancellationToken cancellationToken = default) =>
        await executor.QuerySingleOrDefaultAsync<TItem>(queries.Get, new { Id = itemId, UserId = userId }, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(resource, itemId);

    public async Task<TItem> UpdateAsync(Guid itemId, TInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(itemId, userId, input);
        return await executor.WriteSingleOrDefaultAsync<TItem>(queries.Update, parameters, DataChange.Trips(userId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(resource, itemId);
    }

    public async Task DeleteAsync(Guid itemId, Guid userId, CancellationToken cancellationToken = default)
    {
        var deleted = await executor.ExecuteAsync(queries.Delete, new { Id = itemId, UserId = userId }, DataChange.Trips(userId), cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            throw new NotFoundException(resource, itemId);
        }
    }

    /// <summary>
    /// Validates <paramref name="input"/> (throwing <see cref="ValidationException"/> naming the field, before any SQL
    /// runs) and returns the insert or update statement's parameters: <c>Id</c> (null on insert), <c>UserId</c>,
    /// and the item's normalised fields under the names the SQL uses.
    /// </summary>
    protected abstract object Parameters(Guid? id, Guid userId, TInput input);
}
