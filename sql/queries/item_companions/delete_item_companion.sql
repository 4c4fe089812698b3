-- Only on an item the caller owns: otherwise no row is deleted and the caller is told "not found".
delete from item_companions ic
where ic."userId" = @UserId
  and ic."itemType" = @ItemType
  and ic."itemId" = @ItemId
  and ic."travelerType" = @TravelerType
  and ic."travelerId" = @TravelerId
  and (exists (select 1 from flights where @ItemType = 'FLIGHT' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from hotels where @ItemType = 'HOTEL' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from transportation where @ItemType = 'TRANSPORTATION' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from car_rentals where @ItemType = 'CAR_RENTAL' and id = @ItemId and "userId" = @UserId)
       or exists (select 1 from events where @ItemType = 'EVENT' and id = @ItemId and "userId" = @UserId));
