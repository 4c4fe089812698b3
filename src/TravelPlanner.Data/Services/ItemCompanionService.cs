using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Item travellers over <see cref="ItemCompanionRepository"/>.</summary>
internal sealed class ItemCompanionService(ItemCompanionRepository repository, QueryExecutor executor) : IItemCompanionService
{
    public async Task<ItemCompanion> AssignTravelerAsync(
        ItemType itemType, Guid itemId, TravelerType travelerType, Guid travelerId, Guid userId, CancellationToken cancellationToken = default)
    {
        var key = Key(itemType, itemId, travelerType, travelerId);
        if (travelerType == TravelerType.User && travelerId != userId)
        {
            throw new ValidationException("travelerId", "A USER traveller must be the item's owner; add anyone else as a companion.");
        }

        // One transaction: the check locks item and companion rows, so neither can vanish before the insert commits.
        return await executor.InTransactionAsync(
            async transaction =>
            {
                var (found, readers) = await repository.LockItemAndTravelerAsync(key, userId, transaction, cancellationToken).ConfigureAwait(false);
                if (!found.ItemFound)
                {
                    throw new NotFoundException(Resource(itemType), itemId);
                }

                if (!found.TravelerFound)
                {
                    throw new NotFoundException("companion", travelerId);
                }

                return await repository.InsertItemCompanionAsync(key, userId, readers, transaction, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task UnassignTravelerAsync(
        ItemType itemType, Guid itemId, TravelerType travelerType, Guid travelerId, Guid userId, CancellationToken cancellationToken = default)
    {
        var key = Key(itemType, itemId, travelerType, travelerId);
        if (!await repository.DeleteItemCompanionAsync(key, userId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("itemCompanion", null);
        }
    }

    public async Task<IReadOnlyList<ItemCompanion>> GetItemTravelersAsync(ItemType itemType, Guid itemId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Defined(itemType, "itemType");
        return await repository.ListItemCompanionsAsync(itemType, itemId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(Resource(itemType), itemId);
    }

    private static ItemCompanionKey Key(ItemType itemType, Guid itemId, TravelerType travelerType, Guid travelerId) =>
        new(Validate.Defined(itemType, "itemType"), itemId, Validate.Defined(travelerType, "travelerType"), travelerId);

    private static string Resource(ItemType itemType) => itemType switch
    {
        ItemType.Flight => "flight",
        ItemType.Hotel => "hotel",
        ItemType.Transportation => "transportation",
        ItemType.CarRental => "carRental",
        _ => "event",
    };
}
