using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>events</c> (sql/queries/events). Every statement is scoped to the owner.</summary>
internal sealed class EventRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertEvent = QueryCatalog.Get("events/insert_event");
    private static readonly SqlQuery GetEvent = QueryCatalog.Get("events/get_event");
    private static readonly SqlQuery UpdateEvent = QueryCatalog.Get("events/update_event");
    private static readonly SqlQuery DeleteEvent = QueryCatalog.Get("events/delete_event");

    public Task<TravelEvent> InsertEventAsync(Guid userId, EventFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<TravelEvent>(InsertEvent, fields.ToParameters(id: null, userId), cancellationToken);

    /// <summary>The row, or null when it does not exist or another user owns it.</summary>
    public Task<TravelEvent?> GetEventAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<TravelEvent>(GetEvent, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The updated row, or null when it does not exist or another user owns it.</summary>
    public Task<TravelEvent?> UpdateEventAsync(Guid id, Guid userId, EventFields fields, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<TravelEvent>(UpdateEvent, fields.ToParameters(id, userId), cancellationToken);

    public Task<int> DeleteEventAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteEvent, new { Id = id, UserId = userId }, cancellationToken);
}

/// <summary>Validated, normalised fields of one row as the SQL takes them.</summary>
internal sealed record EventFields(
    Guid? TripId,
    string Name,
    string? Location,
    DateTime StartDateTime,
    DateTime EndDateTime,
    string? Notes)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        TripId,
        Name,
        Location,
        StartDateTime,
        EndDateTime,
        Notes,
    };
}
