using System.Text.RegularExpressions;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Flights: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed partial class FlightService(QueryExecutor executor)
    : TripItemService<Flight, FlightInput>(executor, Queries, "flight"), IFlightService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("flights", "flight");

    protected override TripItemParameters Fields(FlightInput input)
    {
        var flightNumber = FlightNumber(input.FlightNumber);
        var origin = Place(input.Origin, "origin");
        var destination = Place(input.Destination, "destination");
        var (departure, arrival) = Span(input.DepartureDateTime, "departureDateTime", input.ArrivalDateTime, "arrivalDateTime");
        return new FlightParameters(
            FlightNumber: flightNumber,
            Origin: origin,
            Destination: destination,
            DepartureDateTime: departure,
            ArrivalDateTime: arrival,
            SeatNumber: Validate.Optional(input.SeatNumber, "seatNumber", 10),
            ConfirmationCode: Validate.Optional(input.ConfirmationCode, "confirmationCode", 50),
            Notes: Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }

    // Only the shape: the full parser (airline lookup by code) belongs to the airport service.
    private static string FlightNumber(string? value)
    {
        var compact = string.Concat(Validate.Required(value, "flightNumber", 20).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return FlightNumberShape().IsMatch(compact)
            ? compact
            : Validate.Refuse("flightNumber", "must be an airline code (2-character IATA or 3-letter ICAO) followed by 1-4 digits and an optional letter, e.g. AA100.", compact);
    }

    // Three letters are taken for an IATA airport code and upper-cased; anything else is city text as typed.
    private static string Place(string? value, string field)
    {
        var place = Validate.Required(value, field, 10);
        return place.Length == 3 && place.All(char.IsAsciiLetter) ? place.ToUpperInvariant() : place;
    }

    [GeneratedRegex("^(?:[A-Z0-9]{2}|[A-Z]{3})[0-9]{1,4}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex FlightNumberShape();

    private sealed record FlightParameters(string FlightNumber, string Origin, string Destination, DateTime DepartureDateTime, DateTime ArrivalDateTime, string? SeatNumber, string? ConfirmationCode, string? Notes) : TripItemParameters;
}
