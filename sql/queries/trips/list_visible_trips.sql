-- One page of the trips a user can see: those they own and those shared with them through an accepted
-- invitation (marked "isShared"); trips/list_user_trips is the same page for a user with no shared trips.
-- Filter, order and paging as there. On a cluster this reads every shard (the shared trips live on their
-- owners' shards): docs/scaling.md.
with visible as (
    -- The owner's trips, then the trips shared with them: two index look-ups (trips by owner, invitations by
    -- invitee) rather than one scan of every trip testing "owned or invited". Each part joins only on the owner
    -- column, so a cluster runs it on the shards and pages the (few) rows on the coordinator. An owner never
    -- holds an accepted invitation to their own trip, and the live-invitation key allows one per trip and invitee.
    -- Counts via correlated sub-selects: the seed's two LEFT JOINs + COUNT multiply each other
    -- (3 flights x 2 hotels = 6 of each).
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", false as "isShared",
           (select count(*)::int from flights fl where fl."userId" = t."userId" and fl."tripId" = t.id) as "flightCount",
           (select count(*)::int from hotels h where h."userId" = t."userId" and h."tripId" = t.id) as "hotelCount",
           (select count(*)::int from transportation tr where tr."userId" = t."userId" and tr."tripId" = t.id) as "transportationCount",
           (select count(*)::int from car_rentals c where c."userId" = t."userId" and c."tripId" = t.id) as "carRentalCount",
           (select count(*)::int from events e where e."userId" = t."userId" and e."tripId" = t.id) as "eventCount"
    from trips t
    where t."userId" = @UserId
    union all
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", true as "isShared",
           (select count(*)::int from flights fl where fl."userId" = t."userId" and fl."tripId" = t.id),
           (select count(*)::int from hotels h where h."userId" = t."userId" and h."tripId" = t.id),
           (select count(*)::int from transportation tr where tr."userId" = t."userId" and tr."tripId" = t.id),
           (select count(*)::int from car_rentals c where c."userId" = t."userId" and c."tripId" = t.id),
           (select count(*)::int from events e where e."userId" = t."userId" and e."tripId" = t.id)
    from trip_invitations i
    join trips t on t."userId" = i."invitedBy" and t.id = i."tripId"
    where i."invitedUserId" = @UserId and i.status = 'accepted' and i."invitedBy" <> @UserId
), filtered as (
    select *
    from visible v
    where @Filter = 'all'
       or (@Filter = 'upcoming' and v."departureDate" >= @Today)
       or (@Filter = 'current' and v."departureDate" < @Today and v."returnDate" >= @Today)
       or (@Filter = 'past' and v."returnDate" < @Today)
)
select total."totalCount", true as "hasSharedTrips", page.*
from (select count(*)::int as "totalCount" from filtered) total
left join lateral (
    select f.*
    from filtered f
    -- Past trips newest first; everything else soonest first.
    order by case when @Filter = 'past' then f."returnDate" end desc, f."departureDate", f.id
    limit @Limit offset @Offset
) page on true
-- The join keeps the page's order (one row on the left, the page's rows in order on the right).
order by case when @Filter = 'past' then page."returnDate" end desc, page."departureDate", page.id;
