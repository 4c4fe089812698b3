using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories.Rows;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>item_companions</c> (sql/queries/item_companions): travellers assigned to items.</summary>
internal sealed class ItemCompanionRepository(QueryExecutor executor)
{
    private static readonly WriteQuery LockItemAndTraveler = QueryCatalog.Write("item_companions/lock_item_and_traveler");
    private static readonly WriteQuery InsertItemCompanion = QueryCatalog.Write("item_companions/insert_item_companion");
    // An item's travellers show in the trip's details, read by the owner and the owner's audience.
    private static readonly OwnerTripsWrite DeleteItemCompanion = QueryCatalog.WriteOwnerTrips("item_companions/delete_item_companion", ChangeKind.TripDetails);
    private static readonly ReadQuery ListItemCompanions = QueryCatalog.Read("item_companions/list_item_companions");

    /// <summary>
    /// Whether the user owns the item and may assign the traveller; locks both rows until the transaction ends. First takes
    /// the owner's sharing lock and reads who reads the owner's trips (<see cref="QueryExecutor.ReadOwnerAudienceAsync"/>),
    /// in the order every announced write to the owner's trips takes its locks: the sharing lock, then rows.
    /// </summary>
    public async ValueTask<(ItemAndTraveler Found, Guid[] Readers)> LockItemAndTravelerAsync(ItemCompanionKey key, Guid userId, UnitOfWork transaction, CancellationToken cancellationToken)
    {
        var readers = await executor.ReadOwnerAudienceAsync(userId, transaction, cancellationToken).ConfigureAwait(false);
        var found = await executor.WriteSingleAsync<ItemAndTraveler>(LockItemAndTraveler, key.ToParameters(userId), DataChange.None, cancellationToken, transaction).ConfigureAwait(false);
        return (found, readers);
    }

    /// <summary>Assigns the traveller, in <paramref name="transaction"/>; the change reaches <paramref name="readers"/> (the owner and the audience).</summary>
    public ValueTask<ItemCompanion> InsertItemCompanionAsync(ItemCompanionKey key, Guid userId, IReadOnlyList<Guid> readers, UnitOfWork transaction, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<ItemCompanion>(InsertItemCompanion, key.ToParameters(userId), DataChange.TripDetailsOf(readers), cancellationToken, transaction);

    /// <summary>True when the traveller was assigned to the user's item and no longer is.</summary>
    public async ValueTask<bool> DeleteItemCompanionAsync(ItemCompanionKey key, Guid userId, CancellationToken cancellationToken) =>
        await executor.WriteOwnerTripsOrDefaultAsync<Guid?>(DeleteItemCompanion, key.ToParameters(userId), userId, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The item's travellers, or null when the user does not own the item (one round trip).</summary>
    public ValueTask<List<ItemCompanion>?> ListItemCompanionsAsync(ItemType itemType, Guid itemId, Guid userId, CancellationToken cancellationToken) =>
        executor.QueryResultSetsAsync(
            ListItemCompanions,
            new { ItemType = DbCodes.Of(itemType), ItemId = itemId, UserId = userId },
            static async sets =>
            {
                var owned = await sets.ReadSingleAsync<bool>().ConfigureAwait(false);
                var rows = await sets.ReadListAsync<ItemCompanion, ItemCompanionRow>().ConfigureAwait(false);
                return owned ? rows : null;
            },
            cancellationToken);
}

/// <summary>One assignment: which item, which traveller.</summary>
internal sealed record ItemCompanionKey(ItemType ItemType, Guid ItemId, TravelerType TravelerType, Guid TravelerId)
{
    public object ToParameters(Guid userId) => new
    {
        ItemType = DbCodes.Of(ItemType),
        ItemId,
        TravelerType = DbCodes.Of(TravelerType),
        TravelerId,
        UserId = userId,
    };
}

/// <summary>What <c>lock_item_and_traveler</c> found.</summary>
internal sealed record ItemAndTraveler(bool ItemFound, bool TravelerFound);
