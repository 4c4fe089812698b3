using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>
/// The one implementation of trip-item CRUD. Each kind of item derives once (<see cref="FlightService"/>,
/// <see cref="HotelService"/>, ...) and supplies only its definition: its statements
/// (<see cref="TripItemQueries"/>), the resource name its errors carry, and <see cref="Fields"/>, which
/// validates the item's own fields and names them as the SQL does. The keys every item shares (<c>@Id</c>,
/// <c>@UserId</c>, <c>@TripId</c>) are checked and bound here. Ownership is part of every statement; every write is
/// announced to the owner and the owner's audience (<see cref="QueryExecutor.WriteOwnerTripsAsync{T}"/>: the trip's
/// item counts changed, or the item moved between trips). Not sealed: it is the base of the five definitions.
/// </summary>
internal abstract class TripItemService<TItem, TInput>(QueryExecutor executor, TripItemQueries queries, string resource)
    : ITripItemService<TItem, TInput>
    where TInput : class, ITripItemInput
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<TItem> CreateAsync(TInput input, Guid userId, CancellationToken cancellationToken = default) =>
        await executor.WriteOwnerTripsAsync<TItem>(queries.Insert, Parameters(id: null, userId, input), userId, cancellationToken).ConfigureAwait(false);

    public async Task<TItem> GetAsync(Guid itemId, Guid userId, CancellationToken cancellationToken = default) =>
        await executor.QuerySingleOrDefaultAsync<TItem>(queries.Get, new { Id = itemId, UserId = userId }, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(resource, itemId);

    public async Task<TItem> UpdateAsync(Guid itemId, TInput input, Guid userId, CancellationToken cancellationToken = default) =>
        await executor.WriteOwnerTripsOrDefaultAsync<TItem>(queries.Update, Parameters(itemId, userId, input), userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(resource, itemId);

    public async Task DeleteAsync(Guid itemId, Guid userId, CancellationToken cancellationToken = default)
    {
        var deleted = await executor.WriteOwnerTripsOrDefaultAsync<Guid?>(queries.Delete, new { Id = itemId, UserId = userId }, userId, cancellationToken).ConfigureAwait(false);
        if (deleted is null)
        {
            throw new NotFoundException(resource, itemId);
        }
    }

    /// <summary>
    /// Validates the item's own fields (throwing <see cref="ValidationException"/> naming the field, before any SQL
    /// runs) and returns them normalised, in the item's <see cref="TripItemParameters"/> record, whose property names are
    /// the SQL's parameter names. The keys are set here afterwards.
    /// </summary>
    protected abstract TripItemParameters Fields(TInput input);

    /// <summary>
    /// The start and end instants of an item, both UTC, the end after the start (or, with
    /// <paramref name="endMayEqualStart"/>, not before it); errors name the field at fault.
    /// </summary>
    protected static (DateTime Start, DateTime End) Span(DateTime start, string startField, DateTime end, string endField, bool endMayEqualStart = false)
    {
        var from = Validate.Utc(start, startField);
        var to = Validate.Utc(end, endField);
        if (endMayEqualStart)
        {
            Validate.NotBefore(from, to, endField, startField);
        }
        else
        {
            Validate.After(from, to, endField, startField);
        }

        return (from, to);
    }

    private TripItemParameters Parameters(Guid? id, Guid userId, TInput? input)
    {
        Validate.Present(input, "input");
        // Every field of the item checked before one error names them all (Validate.All).
        var (parameters, tripId) = Validate.All(() => (Fields(input), Validate.OptionalId(input.TripId, "tripId")));
        parameters.Id = id;
        parameters.UserId = userId;
        parameters.TripId = tripId;
        return parameters;
    }
}

/// <summary>
/// The parameters of a trip-item write: the keys every item shares (<c>@Id</c>, <c>@UserId</c>, <c>@TripId</c>), set by
/// <see cref="TripItemService{TItem, TInput}"/>, and in each item's derived record its own fields. A type per item, not
/// Dapper's <c>DynamicParameters</c>: Dapper builds the parameter binder once per type, not a dictionary per call (issue 16).
/// </summary>
internal abstract record TripItemParameters
{
    public Guid? Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? TripId { get; set; }
}
