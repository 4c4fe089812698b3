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
left join travel_companions c on ic."travelerType" = 'COMPANION' and c."createdBy" = ic."userId" and c.id = ic."travelerId"
left join users u on ic."travelerType" = 'USER' and u.id = ic."userId" and u.id = ic."travelerId";
