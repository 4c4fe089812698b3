-- One page of the trips a user owns (trips/list_visible_trips adds the ones shared with them; the library
-- runs that one only for a user who has accepted an invitation, users."hasSharedTrips"). @Filter is
-- upcoming/current/past/all relative to @Today, the UTC date from the library's TimeProvider (never
-- current_date), so each trip is in exactly one of upcoming/current/past. One statement: the trips are
-- filtered once, counted once, and the page is joined to the count, so there is always one row carrying
-- "totalCount" (right even past the end, where the trip columns are null). On a cluster: one shard.
with visible as (
    -- Every table filtered on the owner directly (not through a join), which is what lets a cluster
    -- route the whole statement to the user's shard.
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", false as "isShared"
    from trips t
    where t."userId" = @UserId
      -- A user with shared trips is read again with trips/list_visible_trips, which pages them with these: then this
      -- statement only reports the flag and reads no trip (a one-time filter, evaluated before any row; issue 16).
      and not coalesce((select u."hasSharedTrips" from users u where u.id = @UserId), false)
), filtered as (
    select *
    from visible v
    where @Filter = 'all'
       or (@Filter = 'upcoming' and v."departureDate" >= @Today)
       or (@Filter = 'current' and v."departureDate" < @Today and v."returnDate" >= @Today)
       or (@Filter = 'past' and v."returnDate" < @Today)
)
select total."totalCount",
       -- Whether the user also has shared trips: then the library reads trips/list_visible_trips instead.
       coalesce((select u."hasSharedTrips" from users u where u.id = @UserId), false) as "hasSharedTrips",
       page.*
from (select count(*)::int as "totalCount" from filtered) total
left join lateral (
    -- The item counts of the page's trips alone (at most @Limit rows), not of every trip the filter kept: a user
    -- with 40 trips paid 200 index look-ups for a page of 20 (issue 16). Correlated sub-selects: the seed's two
    -- LEFT JOINs + COUNT multiply each other (3 flights x 2 hotels = 6 of each).
    select p.*,
           (select count(*)::int from flights fl where fl."userId" = @UserId and fl."tripId" = p.id) as "flightCount",
           (select count(*)::int from hotels h where h."userId" = @UserId and h."tripId" = p.id) as "hotelCount",
           (select count(*)::int from transportation tr where tr."userId" = @UserId and tr."tripId" = p.id) as "transportationCount",
           (select count(*)::int from car_rentals c where c."userId" = @UserId and c."tripId" = p.id) as "carRentalCount",
           (select count(*)::int from events e where e."userId" = @UserId and e."tripId" = p.id) as "eventCount"
    from (
        select f.*
        from filtered f
        -- Past trips newest first; everything else soonest first.
        order by case when @Filter = 'past' then f."returnDate" end desc, f."departureDate", f.id
        limit @Limit offset @Offset
    ) p
) page on true
-- The join keeps the page's order (one row on the left, the page's rows in order on the right).
order by case when @Filter = 'past' then page."returnDate" end desc, page."departureDate", page.id;
