-- Two statements, one round trip: does the caller own the item, then its travellers (none when not).
-- The item-type tests are sub-selects ("(select @ItemType = 'FLIGHT')"), which the planner does not fold into its
-- custom plans: a plan then costs the same whatever the type, and the prepared statement settles on its generic plan
-- instead of being planned again on every call (issue 16, as in trips/get_trip_with_details; Sql/GenericPlanTests).
select exists (select 1 from flights where (select @ItemType = 'FLIGHT') and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from hotels where (select @ItemType = 'HOTEL') and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from transportation where (select @ItemType = 'TRANSPORTATION') and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from car_rentals where (select @ItemType = 'CAR_RENTAL') and id = @ItemId and "userId" = @UserId)
    or exists (select 1 from events where (select @ItemType = 'EVENT') and id = @ItemId and "userId" = @UserId);

-- "itemType" loses its underscore (CAR_RENTAL -> CARRENTAL) so it parses into the ItemType enum.
select ic.id, replace(ic."itemType", '_', '') as "itemType", ic."itemId", ic."travelerType", ic."travelerId",
       coalesce(c.name, u."firstName" || ' ' || u."lastName") as "travelerName", ic."createdAt"
from item_companions ic
left join travel_companions c on ic."travelerType" = 'COMPANION' and c."createdBy" = ic."userId" and c.id = ic."travelerId"
left join users u on ic."travelerType" = 'USER' and u.id = ic."userId" and u.id = ic."travelerId"
where ic."userId" = @UserId
  and ic."itemType" = @ItemType
  and ic."itemId" = @ItemId
  and (exists (select 1 from flights where (select @ItemType = 'FLIGHT') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from hotels where (select @ItemType = 'HOTEL') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from transportation where (select @ItemType = 'TRANSPORTATION') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from car_rentals where (select @ItemType = 'CAR_RENTAL') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from events where (select @ItemType = 'EVENT') and id = @ItemId and "userId" = @UserId))
order by ic."createdAt", ic.id;
