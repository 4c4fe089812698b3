-- Only on an item the caller owns: otherwise no row is deleted and the caller is told "not found".
-- The item-type tests are sub-selects ("(select @ItemType = 'FLIGHT')"), which the planner does not fold into its
-- custom plans: a plan then costs the same whatever the type, and the prepared statement settles on its generic plan
-- instead of being planned again on every call (issue 16, as in trips/get_trip_with_details; Sql/GenericPlanTests).
delete from item_companions ic
where ic."userId" = @UserId
  and ic."itemType" = @ItemType
  and ic."itemId" = @ItemId
  and ic."travelerType" = @TravelerType
  and ic."travelerId" = @TravelerId
  and (exists (select 1 from flights where (select @ItemType = 'FLIGHT') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from hotels where (select @ItemType = 'HOTEL') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from transportation where (select @ItemType = 'TRANSPORTATION') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from car_rentals where (select @ItemType = 'CAR_RENTAL') and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from events where (select @ItemType = 'EVENT') and id = @ItemId and "userId" = @UserId))
returning ic.id;
