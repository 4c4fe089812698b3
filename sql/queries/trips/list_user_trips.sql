-- One page of the trips a user can see: those they own and those shared with them through an
-- accepted invitation (marked "isShared"). @Filter is upcoming/current/past/all relative to @Today,
-- the UTC date from the library's TimeProvider (never current_date), so each trip is in exactly one
-- of upcoming/current/past. One statement: the visible trips are filtered once, counted once, and the
-- page is joined to the count, so there is always one row carrying "totalCount" (right even when the
-- page is past the end: its trip columns are then null and the row stands for no trip).
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
), filtered as (
    select *
    from visible v
    where @Filter = 'all'
       or (@Filter = 'upcoming' and v."departureDate" >= @Today)
       or (@Filter = 'current' and v."departureDate" < @Today and v."returnDate" >= @Today)
       or (@Filter = 'past' and v."returnDate" < @Today)
)
select total."totalCount", page.*
from (select count(*)::int as "totalCount" from filtered) total
left join lateral (
    select f.id, f."userId", f.name, f."departureDate", f."returnDate", f.purpose, f.description,
           f."createdAt", f."updatedAt", f."isShared",
           -- Counts via correlated sub-selects: the seed's two LEFT JOINs + COUNT multiply each other
           -- (3 flights x 2 hotels = 6 of each).
           (select count(*)::int from flights fl where fl."tripId" = f.id) as "flightCount",
           (select count(*)::int from hotels h where h."tripId" = f.id) as "hotelCount",
           (select count(*)::int from transportation tr where tr."tripId" = f.id) as "transportationCount",
           (select count(*)::int from car_rentals c where c."tripId" = f.id) as "carRentalCount",
           (select count(*)::int from events e where e."tripId" = f.id) as "eventCount"
    from filtered f
    -- Past trips newest first; everything else soonest first.
    order by case when @Filter = 'past' then f."returnDate" end desc, f."departureDate", f.id
    limit @Limit offset @Offset
) page on true
-- The join keeps the page's order (one row on the left, the page's rows in order on the right).
order by case when @Filter = 'past' then page."returnDate" end desc, page."departureDate", page.id;
