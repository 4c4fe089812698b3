using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Hotel CRUD over <see cref="HotelRepository"/>; ownership is part of every statement.</summary>
internal sealed class HotelService(HotelRepository repository, ICacheInvalidator invalidator) : IHotelService
{
    // Async (not a returned task) so validation errors surface through the task like every other error.
    public async Task<Hotel> CreateHotelAsync(HotelInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var created = await repository.InsertHotelAsync(userId, Fields(input), cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // the trip's item counts changed
        return created;
    }

    public async Task<Hotel> GetHotelAsync(Guid hotelId, Guid userId, CancellationToken cancellationToken = default) =>
        await repository.GetHotelAsync(hotelId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("hotel", hotelId);

    public async Task<Hotel> UpdateHotelAsync(Guid hotelId, HotelInput input, Guid userId, CancellationToken cancellationToken = default)
    {
        var fields = Fields(input);
        var updated = await repository.UpdateHotelAsync(hotelId, userId, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("hotel", hotelId);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false); // it may have moved between trips
        return updated;
    }

    public async Task DeleteHotelAsync(Guid hotelId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await repository.DeleteHotelAsync(hotelId, userId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new NotFoundException("hotel", hotelId);
        }

        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
    }

    private static HotelFields Fields(HotelInput input)
    {
        Validate.Present(input, "input");
        var name = Validate.Required(input.Name, "name", 255);
        var checkIn = Validate.Utc(input.CheckInDateTime, "checkInDateTime");
        var checkOut = Validate.Utc(input.CheckOutDateTime, "checkOutDateTime");
        Validate.After(checkIn, checkOut, "checkOutDateTime", "checkInDateTime");
        return new HotelFields(
            Validate.OptionalId(input.TripId, "tripId"),
            name,
            Validate.Optional(input.Address, "address", Validate.MaxTextLength),
            checkIn,
            checkOut,
            Validate.Optional(input.ConfirmationNumber, "confirmationNumber", 50),
            Validate.Optional(input.Notes, "notes", Validate.MaxTextLength));
    }
}
