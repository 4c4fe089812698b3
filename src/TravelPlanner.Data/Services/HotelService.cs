using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Hotel stays: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed class HotelService(QueryExecutor executor)
    : TripItemService<Hotel, HotelInput>(executor, Queries, "hotel"), IHotelService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("hotels", "hotel");

    protected override TripItemParameters Fields(HotelInput input)
    {
        var name = Validate.Required(input.Name, "name", 255);
        var (checkIn, checkOut) = Span(input.CheckInDateTime, "checkInDateTime", input.CheckOutDateTime, "checkOutDateTime");
        return new HotelParameters(
            Name: name,
            Address: Validate.Optional(input.Address, "address", Validate.MaxTextLength),
            CheckInDateTime: checkIn,
            CheckOutDateTime: checkOut,
            ConfirmationNumber: Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Notes: Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }

    private sealed record HotelParameters(string Name, string? Address, DateTime CheckInDateTime, DateTime CheckOutDateTime, string? ConfirmationNumber, string? Notes) : TripItemParameters;
}
