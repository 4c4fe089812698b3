-- One page of the trips a user can see: those they own and those shared with them through an accepted
-- invitation (marked "isShared"); trips/list_user_trips is the same page for a user with no shared trips.
-- Filter, order and paging as there. On a cluster this reads every shard (the shared trips live on their
-- owners' shards): docs/scaling.md.
with visible as (
    -- The owner's trips, then the trips shared with them: two index look-ups (trips by owner, invitations by
    -- invitee) rather than one scan of every trip testing "owned or invited". Each part joins only on the owner
    -- column, so a cluster runs it on the shards and pages the (few) rows on the coordinator. An owner never
    -- holds an accepted invitation to their own trip, and the live-invitation key allows one per trip and invitee.
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", false as "isShared"
    from trips t
    where t."userId" = @UserId
    union all
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", true as "isShared"
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
), page as (
    -- Past trips newest first; everything else soonest first.
    select f.*
    from filtered f
    order by case when @Filter = 'past' then f."returnDate" end desc, f."departureDate", f.id
    limit @Limit offset @Offset
), item_counts as (
    -- The item counts of the page's trips alone (at most @Limit), not of every trip the filter kept: a user with 40
    -- trips paid 200 index look-ups for a page of 20 (issue 16). Counted per kind, not through the seed's two LEFT
    -- JOINs + COUNT, which multiply each other (3 flights x 2 hotels = 6 of each). A semi-join on the page rather than
    -- sub-selects correlated with it: on a cluster the page is a result on the coordinator, which a correlated
    -- sub-select on distributed tables cannot read, while this runs on every shard with the page sent along.
    select i."userId", i."tripId",
           (count(*) filter (where i.kind = 1))::int as "flightCount",
           (count(*) filter (where i.kind = 2))::int as "hotelCount",
           (count(*) filter (where i.kind = 3))::int as "transportationCount",
           (count(*) filter (where i.kind = 4))::int as "carRentalCount",
           (count(*) filter (where i.kind = 5))::int as "eventCount"
    from (
        select 1 as kind, fl."userId", fl."tripId" from flights fl
        union all
        select 2, h."userId", h."tripId" from hotels h
        union all
        select 3, tr."userId", tr."tripId" from transportation tr
        union all
        select 4, c."userId", c."tripId" from car_rentals c
        union all
        select 5, e."userId", e."tripId" from events e
    ) i
    where (i."userId", i."tripId") in (select p."userId", p.id from page p)
    group by i."userId", i."tripId"
)
select total."totalCount", true as "hasSharedTrips", page.*
from (select count(*)::int as "totalCount" from filtered) total
left join lateral (
    select p.*,
           coalesce(c."flightCount", 0) as "flightCount",
           coalesce(c."hotelCount", 0) as "hotelCount",
           coalesce(c."transportationCount", 0) as "transportationCount",
           coalesce(c."carRentalCount", 0) as "carRentalCount",
           coalesce(c."eventCount", 0) as "eventCount"
    from page p
    left join item_counts c on c."userId" = p."userId" and c."tripId" = p.id
) page on true
-- The join keeps the page's order (one row on the left, the page's rows in order on the right).
order by case when @Filter = 'past' then page."returnDate" end desc, page."departureDate", page.id;
