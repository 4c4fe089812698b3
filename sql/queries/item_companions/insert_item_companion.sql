-- Checked and locked first by lock_item_and_traveler. A repeat violates item_companions_item_traveler_key (conflict).
-- "itemType" loses its underscore (CAR_RENTAL -> CARRENTAL) so it parses into the ItemType enum.
with ic as (
    insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId")
    values (@UserId, @ItemType, @ItemId, @TravelerType, @TravelerId)
    returning *
)
select ic.id, replace(ic."itemType", '_', '') as "itemType", ic."itemId", ic."travelerType", ic."travelerId",
       coalesce(c.name, u."firstName" || ' ' || u."lastName") as "travelerName", ic."createdAt"
from ic
-- The owner as a constant in every join (not through the inserted row), so a cluster keeps it on one shard.
left join travel_companions c on ic."travelerType" = 'COMPANION' and c."createdBy" = @UserId and c.id = ic."travelerId"
left join users u on ic."travelerType" = 'USER' and u.id = @UserId and u.id = ic."travelerId";
