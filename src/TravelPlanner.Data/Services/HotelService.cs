using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Hotel stays: the definition the trip-item stack runs (<see cref="TripItemService{TItem, TInput}"/>).</summary>
internal sealed class HotelService(QueryExecutor executor)
    : TripItemService<Hotel, HotelInput>(executor, Queries, "hotel"), IHotelService
{
    private static readonly TripItemQueries Queries = TripItemQueries.For("hotels", "hotel");

    protected override object Parameters(Guid? id, Guid userId, HotelInput input)
    {
        Validate.Present(input, "input");
        var name = Validate.Required(input.Name, "name", 255);
        var checkIn = Validate.Utc(input.CheckInDateTime, "checkInDateTime");
        var checkOut = Validate.Utc(input.CheckOutDateTime, "checkOutDateTime");
        Validate.After(checkIn, checkOut, "checkOutDateTime", "checkInDateTime");
        return new
        {
            Id = id,
            UserId = userId,
            TripId = Validate.OptionalId(input.TripId, "tripId"),
            Name = name,
            Address = Validate.Optional(input.Address, "address", Validate.MaxTextLength),
            CheckInDateTime = checkIn,
            CheckOutDateTime = checkOut,
            ConfirmationNumber = Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Notes = Validate.Optional(input.Notes, "notes", Validate.MaxTextLength),
        };
    }
}
