using System.Text.RegularExpressions;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Flight CRUD over <see cref="FlightRepository"/>; ownership is part of every statement.</summary>
internal sealed partial class FlightService(FlightRepository repository, ICacheInvalidator invalidator) : IFlightService
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<Flight> CreateFlightAsync(FlightInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var created = await repository.InsertFlightAsync(userId, Fields(input), cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // the trip's item counts changed
        return created;
    }

    public async Task<Flight> GetFlightAsync(Guid flightId, Guid userId, CancellationToken cancellationToken = default) =>
        await repository.GetFlightAsync(flightId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("flight", flightId);

    public async Task<Flight> UpdateFlightAsync(Guid flightId, FlightInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var fields = Fields(input);
        var updated = await repository.UpdateFlightAsync(flightId, userId, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("flight", flightId);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // it may have moved between trips
        return updated;
    }

    public async Task DeleteFlightAsync(Guid flightId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await repository.DeleteFlightAsync(flightId, userId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new NotFoundException("flight", flightId);
        }

        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
    }

    private static FlightFields Fields(FlightInput input)
    {
        Validate.Present(input, "input");
        var flightNumber = FlightNumber(input.FlightNumber);
        var origin = Place(input.Origin, "origin");
        var destination = Place(input.Destination, "destination");
        var departure = Validate.Utc(input.DepartureDateTime, "departureDateTime");
        var arrival = Validate.Utc(input.ArrivalDateTime, "arrivalDateTime");
        Validate.After(departure, arrival, "arrivalDateTime", "departureDateTime");
        return new FlightFields(
            Validate.OptionalId(input.TripId, "tripId"),
            flightNumber,
            origin,
            destination,
            departure,
            arrival,
            Validate.Optional(input.SeatNumber, "seatNumber", 10),
            Validate.Optional(input.ConfirmationCode, "confirmationCode", 50),
            Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }

    // Only the shape: the full parser (airline lookup by code) belongs to the airport service.
    private static string FlightNumber(string? value)
    {
        var compact = string.Concat(Validate.Required(value, "flightNumber", 20).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return FlightNumberShape().IsMatch(compact)
            ? compact
            : throw new ValidationException("flightNumber", "must be an airline code (2-character IATA or 3-letter ICAO) followed by 1-4 digits and an optional letter, e.g. AA100.");
    }

    // Three letters are taken for an IATA airport code and upper-cased; anything else is city text as typed.
    private static string Place(string? value, string field)
    {
        var place = Validate.Required(value, field, 10);
        return place.Length == 3 && place.All(char.IsAsciiLetter) ? place.ToUpperInvariant() : place;
    }

    [GeneratedRegex("^(?:[A-Z0-9]{2}|[A-Z]{3})[0-9]{1,4}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex FlightNumberShape();
}
