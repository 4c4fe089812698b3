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
    private static readonly WriteQuery DeleteItemCompanion = QueryCatalog.Write("item_companions/delete_item_companion");
    private static readonly ReadQuery ListItemCompanions = QueryCatalog.Read("item_companions/list_item_companions");

    /// <summary>Whether the user owns the item and may assign the traveller; locks both rows until the transaction ends.</summary>
    public ValueTask<ItemAndTraveler> LockItemAndTravelerAsync(ItemCompanionKey key, Guid userId, UnitOfWork transaction, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<ItemAndTraveler>(LockItemAndTraveler, key.ToParameters(userId), DataChange.None, cancellationToken, transaction);

    public ValueTask<ItemCompanion> InsertItemCompanionAsync(ItemCompanionKey key, Guid userId, UnitOfWork transaction, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<ItemCompanion>(InsertItemCompanion, key.ToParameters(userId), DataChange.Uncached(userId), cancellationToken, transaction);

    public ValueTask<int> DeleteItemCompanionAsync(ItemCompanionKey key, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteItemCompanion, key.ToParameters(userId), DataChange.Uncached(userId), cancellationToken);

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
