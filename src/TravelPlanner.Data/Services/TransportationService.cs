using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Transport legs: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed class TransportationService(QueryExecutor executor)
    : TripItemService<Transportation, TransportationInput>(executor, Queries, "transportation"), ITransportationService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("transportation", "transportation");

    protected override TripItemParameters Fields(TransportationInput input)
    {
        var type = Validate.Defined(input.Type, "type");
        var origin = Validate.Required(input.Origin, "origin", 255);
        var destination = Validate.Required(input.Destination, "destination", 255);
        var (departure, arrival) = Span(input.DepartureDateTime, "departureDateTime", input.ArrivalDateTime, "arrivalDateTime");
        return new TransportationParameters(
            Type: DbCodes.Of(type),
            Carrier: Validate.Optional(input.Carrier, "carrier", 255),
            Origin: origin,
            Destination: destination,
            DepartureDateTime: departure,
            ArrivalDateTime: arrival,
            ConfirmationNumber: Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Notes: Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }

    private sealed record TransportationParameters(string Type, string? Carrier, string Origin, string Destination, DateTime DepartureDateTime, DateTime ArrivalDateTime, string? ConfirmationNumber, string? Notes) : TripItemParameters;
}
