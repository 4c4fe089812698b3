using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Create, read, update and delete one kind of trip item (flights, hotel stays, transport legs, car rentals,
/// events). Every item is owned by one user, standalone or in one of that user's trips; another user's item
/// is reported as <see cref="NotFoundException"/>, exactly like a missing one. Each write drops the cached trip
/// lists and statistics of the owner and of everyone the owner shares trips with before it returns.
/// The per-item interfaces (<see cref="IFlightService"/>, ...) derive from this one; code that treats every kind
/// alike (an HTTP endpoint per kind, say) can take this one.
/// </summary>
/// <typeparam name="TItem">The stored item, as read back.</typeparam>
/// <typeparam name="TInput">The item's fields to create it, or its full new state to update it.</typeparam>
public interface ITripItemService<TItem, in TInput>
{
    /// <summary>Creates an item owned by <paramref name="userId"/>, in the input's trip when it names one.</summary>
    /// <exception cref="ValidationException">A field is missing, too long or out of range (the exception names it). Nothing is written.</exception>
    /// <exception cref="NotFoundException">The trip does not exist or is not the user's (resource <c>trip</c>), or no such user.</exception>
    Task<TItem> CreateAsync(TInput input, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The user's item.</summary>
    /// <exception cref="NotFoundException">No such item, or another user owns it.</exception>
    Task<TItem> GetAsync(Guid itemId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Replaces every field of the user's item; a different trip id moves it (null makes it standalone).</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such item or another user owns it (resource named after the item), or the target trip is not the user's (resource <c>trip</c>).</exception>
    Task<TItem> UpdateAsync(Guid itemId, TInput input, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user's item and its item companions.</summary>
    /// <exception cref="NotFoundException">No such item, or another user owns it.</exception>
    Task DeleteAsync(Guid itemId, Guid userId, CancellationToken cancellationToken = default);
}
