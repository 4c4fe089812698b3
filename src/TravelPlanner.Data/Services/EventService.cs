using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Events: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed class EventService(QueryExecutor executor)
    : TripItemService<TravelEvent, TravelEventInput>(executor, Queries, "event"), IEventService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("events", "event");

    protected override object Parameters(Guid? id, Guid userId, TravelEventInput input)
    {
        Validate.Present(input, "input");
        var name = Validate.Required(input.Name, "name", 255);
        var start = Validate.Utc(input.StartDateTime, "startDateTime");
        var end = Validate.Utc(input.EndDateTime, "endDateTime");
        Validate.NotBefore(start, end, "endDateTime", "startDateTime");
        return new
        {
            Id = id,
            UserId = userId,
            TripId = Validate.OptionalId(input.TripId, "tripId"),
            Name = name,
            Location = Validate.Optional(input.Location, "location", 255),
            StartDateTime = start,
            EndDateTime = end,
            Notes = Validate.Optional(input.Notes, "notes", Validate.MaxTextLength),
        };
    }
}
