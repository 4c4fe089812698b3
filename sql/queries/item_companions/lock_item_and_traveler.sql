-- Before assigning a traveller (same transaction): is the item the caller's, and is the traveller the
-- caller themself (USER) or one of their companion profiles (COMPANION)? FOR KEY SHARE holds both rows
-- until commit, so a concurrent delete waits and its trigger then removes the new item_companions row
-- instead of leaving it dangling.
with flight as (
    select id from flights where @ItemType = 'FLIGHT' and id = @ItemId and "userId" = @UserId for key share
), hotel as (
    select id from hotels where @ItemType = 'HOTEL' and id = @ItemId and "userId" = @UserId for key share
), transport as (
    select id from transportation where @ItemType = 'TRANSPORTATION' and id = @ItemId and "userId" = @UserId for key share
), car_rental as (
    select id from car_rentals where @ItemType = 'CAR_RENTAL' and id = @ItemId and "userId" = @UserId for key share
), event as (
    select id from events where @ItemType = 'EVENT' and id = @ItemId and "userId" = @UserId for key share
), companion as (
    select id from travel_companions
    where @TravelerType = 'COMPANION' and id = @TravelerId and "createdBy" = @UserId
    for key share
)
select exists (select 1 from flight union all select 1 from hotel union all select 1 from transport
               union all select 1 from car_rental union all select 1 from event) as "itemFound",
       (@TravelerType = 'USER' and @TravelerId = @UserId) or exists (select 1 from companion) as "travelerFound";
