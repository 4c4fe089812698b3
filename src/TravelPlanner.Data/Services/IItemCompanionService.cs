using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Who travels on which item: the item's owner (<see cref="TravelerType.User"/>) or one of the owner's
/// companion profiles (<see cref="TravelerType.Companion"/>), assigned to any of the five item types.
/// Only the item's owner may see or change its travellers.
/// </summary>
public interface IItemCompanionService
{
    /// <summary>Assigns a traveller to an item the user owns.</summary>
    /// <param name="itemType">Kind of item.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="travelerType">The owner themself, or a companion profile.</param>
    /// <param name="travelerId">For <see cref="TravelerType.User"/> the owner's user id; for <see cref="TravelerType.Companion"/> a companion profile the user created.</param>
    /// <param name="userId">The item's owner, who asks.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ValidationException">Undefined enum value, or a <see cref="TravelerType.User"/> traveller other than the owner (field <c>travelerId</c>).</exception>
    /// <exception cref="NotFoundException">No such item of that type or another user owns it (resource <c>flight</c>, <c>hotel</c>, <c>transportation</c>, <c>carRental</c>, <c>event</c>), or no such companion profile of the user's (resource <c>companion</c>).</exception>
    /// <exception cref="ConflictException">The traveller is already assigned to the item (field <c>travelerId</c>).</exception>
    Task<ItemCompanion> AssignTravelerAsync(
        ItemType itemType, Guid itemId, TravelerType travelerType, Guid travelerId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Removes a traveller from an item the user owns.</summary>
    /// <exception cref="NotFoundException">The assignment does not exist, or the item is not the user's (resource <c>itemCompanion</c>).</exception>
    Task UnassignTravelerAsync(
        ItemType itemType, Guid itemId, TravelerType travelerType, Guid travelerId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The travellers assigned to an item the user owns, oldest assignment first.</summary>
    /// <exception cref="NotFoundException">No such item of that type, or another user owns it.</exception>
    Task<IReadOnlyList<ItemCompanion>> GetItemTravelersAsync(ItemType itemType, Guid itemId, Guid userId, CancellationToken cancellationToken = default);
}
