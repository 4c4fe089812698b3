-- Two statements, one round trip: does the caller own the item, then its travellers (none when not).
select exists (select 1 from flights where @ItemType = 'FLIGHT' and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from hotels where @ItemType = 'HOTEL' and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from transportation where @ItemType = 'TRANSPORTATION' and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from car_rentals where @ItemType = 'CAR_RENTAL' and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from events where @ItemType = 'EVENT' and id = @ItemId and "userId" = @UserId);

-- "itemType" loses its underscore (CAR_RENTAL -> CARRENTAL) so it parses into the ItemType enum.
select ic.id, replace(ic."itemType", '_', '') as "itemType", ic."itemId", ic."travelerType", ic."travelerId",
       coalesce(c.name, u."firstName" || ' ' || u."lastName") as "travelerName", ic."createdAt"
from item_companions ic
left join travel_companions c on ic."travelerType" = 'COMPANION' and c."createdBy" = ic."userId" and c.id = ic."travelerId"
left join users u on ic."travelerType" = 'USER' and u.id = ic."userId" and u.id = ic."travelerId"
where ic."userId" = @UserId
  and ic."itemType" = @ItemType
  and ic."itemId" = @ItemId
  and (exists (select 1 from flights where @ItemType = 'FLIGHT' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from hotels where @ItemType = 'HOTEL' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from transportation where @ItemType = 'TRANSPORTATION' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from car_rentals where @ItemType = 'CAR_RENTAL' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from events where @ItemType = 'EVENT' and id = @ItemId and "userId" = @UserId))
order by ic."createdAt", ic.id;
