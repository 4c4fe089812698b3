using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Event CRUD over <see cref="EventRepository"/>; ownership is part of every statement.</summary>
internal sealed class EventService(EventRepository repository, ICacheInvalidator invalidator) : IEventService
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<TravelEvent> CreateEventAsync(TravelEventInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var created = await repository.InsertEventAsync(userId, Fields(input), cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // the trip's item counts changed
        return created;
    }

    public async Task<TravelEvent> GetEventAsync(Guid eventId, Guid userId, CancellationToken cancellationToken = default) =>
        await repository.GetEventAsync(eventId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("event", eventId);

    public async Task<TravelEvent> UpdateEventAsync(Guid eventId, TravelEventInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var fields = Fields(input);
        var updated = await repository.UpdateEventAsync(eventId, userId, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("event", eventId);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // it may have moved between trips
        return updated;
    }

    public async Task DeleteEventAsync(Guid eventId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await repository.DeleteEventAsync(eventId, userId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new NotFoundException("event", eventId);
        }

        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
    }

    private static EventFields Fields(TravelEventInput input)
    {
        Validate.Present(input, "input");
        var name = Validate.Required(input.Name, "name", 255);
        var start = Validate.Utc(input.StartDateTime, "startDateTime");
        var end = Validate.Utc(input.EndDateTime, "endDateTime");
        Validate.NotBefore(start, end, "endDateTime", "startDateTime");
        return new EventFields(
            Validate.OptionalId(input.TripId, "tripId"),
            name,
            Validate.Optional(input.Location, "location", 255),
            start,
            end,
            Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }
}
