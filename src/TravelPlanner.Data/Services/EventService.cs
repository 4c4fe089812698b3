using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Events: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed class EventService(QueryExecutor executor)
    : TripItemService<TravelEvent, TravelEventInput>(executor, Queries, "event"), IEventService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("events", "event");

    protected override TripItemParameters Fields(TravelEventInput input)
    {
        var name = Validate.Required(input.Name, "name", 255);
        // An event may be a moment (end equal to start); the other items take time.
        var (start, end) = Span(input.StartDateTime, "startDateTime", input.EndDateTime, "endDateTime", endMayEqualStart: true);
        return new EventParameters(
            Name: name,
            Location: Validate.Optional(input.Location, "location", 255),
            StartDateTime: start,
            EndDateTime: end,
            Notes: Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }

    private sealed record EventParameters(string Name, string? Location, DateTime StartDateTime, DateTime EndDateTime, string? Notes) : TripItemParameters;
}
