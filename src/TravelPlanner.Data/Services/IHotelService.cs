using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Hotel stays: create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's hotel stay is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// </summary>
public interface IHotelService : ITripItemService<Hotel, HotelInput>
{
    /// <summary>Creates a hotel stay owned by <paramref name="userId"/>, in <see cref="HotelInput.TripId"/> when given.</summary>
    /// <exception cref="ValidationException">Name missing or too long, <c>checkOutDateTime</c> not after <c>checkInDateTime</c>, an instant of unspecified kind, a text field too long. Nothing is written.</exception>
    /// <exception cref="NotFoundException">The trip does not exist or is not the user's (resource <c>trip</c>), or no such user.</exception>
    Task<Hotel> CreateHotelAsync(HotelInput input, Guid userId, CancellationToken cancellationToken = default) => CreateAsync(input, userId, cancellationToken);

    /// <summary>The user's hotel stay.</summary>
    /// <exception cref="NotFoundException">No such hotel stay, or another user owns it.</exception>
    Task<Hotel> GetHotelAsync(Guid hotelId, Guid userId, CancellationToken cancellationToken = default) => GetAsync(hotelId, userId, cancellationToken);

    /// <summary>Replaces every field of the user's hotel stay; a different <see cref="HotelInput.TripId"/> moves it (null makes it standalone).</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateHotelAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such hotel stay or another user owns it (resource <c>hotel</c>), or the target trip is not the user's (resource <c>trip</c>).</exception>
    Task<Hotel> UpdateHotelAsync(Guid hotelId, HotelInput input, Guid userId, CancellationToken cancellationToken = default) => UpdateAsync(hotelId, input, userId, cancellationToken);

    /// <summary>Deletes the user's hotel stay and its item companions.</summary>
    /// <exception cref="NotFoundException">No such hotel stay, or another user owns it.</exception>
    Task DeleteHotelAsync(Guid hotelId, Guid userId, CancellationToken cancellationToken = default) => DeleteAsync(hotelId, userId, cancellationToken);
}
