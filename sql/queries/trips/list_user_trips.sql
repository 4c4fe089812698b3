-- One page of the trips a user can see: those they own and those shared with them through an
-- accepted invitation (marked "isShared"). @Filter is upcoming/current/past/all relative to @Today,
-- the UTC date from the library's TimeProvider (never current_date), so each trip is in exactly one
-- of upcoming/current/past. Two statements, one round trip: the total first (right even when the
-- page is past the end), then the page.
with visible as (
    select t.*, false as "isShared"
    from trips t
    where t."userId" = @UserId
    union all
    select t.*, true as "isShared"
    from trips t
    join trip_invitations i on i."tripId" = t.id
    where i."invitedUserId" = @UserId
      and i.status = 'accepted'
      and t."userId" <> @UserId
)
select count(*)::int
from visible v
where @Filter = 'all'
   or (@Filter = 'upcoming' and v."departureDate" >= @Today)
   or (@Filter = 'current' and v."departureDate" < @Today and v."returnDate" >= @Today)
   or (@Filter = 'past' and v."returnDate" < @Today);

with visible as (
    select t.*, false as "isShared"
    from trips t
    where t."userId" = @UserId
    union all
    select t.*, true as "isShared"
    from trips t
    join trip_invitations i on i."tripId" = t.id
    where i."invitedUserId" = @UserId
      and i.status = 'accepted'
      and t."userId" <> @UserId
)
select v.id, v."userId", v.name, v."departureDate", v."returnDate", v.purpose, v.description,
       v."createdAt", v."updatedAt", v."isShared",
       -- Counts via correlated sub-selects: the seed's two LEFT JOINs + COUNT multiply each other
       -- (3 flights x 2 hotels = 6 of each).
       (select count(*)::int from flights f where f."tripId" = v.id) as "flightCount",
       (select count(*)::int from hotels h where h."tripId" = v.id) as "hotelCount",
       (select count(*)::int from transportation tr where tr."tripId" = v.id) as "transportationCount",
       (select count(*)::int from car_rentals c where c."tripId" = v.id) as "carRentalCount",
       (select count(*)::int from events e where e."tripId" = v.id) as "eventCount"
from visible v
where @Filter = 'all'
   or (@Filter = 'upcoming' and v."departureDate" >= @Today)
   or (@Filter = 'current' and v."departureDate" < @Today and v."returnDate" >= @Today)
   or (@Filter = 'past' and v."returnDate" < @Today)
-- Past trips newest first; everything else soonest first.
order by case when @Filter = 'past' then v."returnDate" end desc, v."departureDate", v.id
limit @Limit offset @Offset;
