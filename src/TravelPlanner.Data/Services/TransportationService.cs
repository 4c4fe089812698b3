using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Transportation CRUD over <see cref="TransportationRepository"/>; ownership is part of every statement.</summary>
internal sealed class TransportationService(TransportationRepository repository, ICacheInvalidator invalidator) : ITransportationService
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<Transportation> CreateTransportationAsync(TransportationInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var created = await repository.InsertTransportationAsync(userId, Fields(input), cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // the trip's item counts changed
        return created;
    }

    public async Task<Transportation> GetTransportationAsync(Guid transportationId, Guid userId, CancellationToken cancellationToken = default) =>
        await repository.GetTransportationAsync(transportationId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("transportation", transportationId);

    public async Task<Transportation> UpdateTransportationAsync(Guid transportationId, TransportationInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var fields = Fields(input);
        var updated = await repository.UpdateTransportationAsync(transportationId, userId, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("transportation", transportationId);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // it may have moved between trips
        return updated;
    }

    public async Task DeleteTransportationAsync(Guid transportationId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await repository.DeleteTransportationAsync(transportationId, userId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new NotFoundException("transportation", transportationId);
        }

        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
    }

    private static TransportationFields Fields(TransportationInput input)
    {
        Validate.Present(input, "input");
        var type = Validate.Defined(input.Type, "type");
        var origin = Validate.Required(input.Origin, "origin", 255);
        var destination = Validate.Required(input.Destination, "destination", 255);
        var departure = Validate.Utc(input.DepartureDateTime, "departureDateTime");
        var arrival = Validate.Utc(input.ArrivalDateTime, "arrivalDateTime");
        Validate.After(departure, arrival, "arrivalDateTime", "departureDateTime");
        return new TransportationFields(
            Validate.OptionalId(input.TripId, "tripId"),
            type,
            Validate.Optional(input.Carrier, "carrier", 255),
            origin,
            destination,
            departure,
            arrival,
            Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }
}
