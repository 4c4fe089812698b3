-- The trips a user can see (owned, or shared through an accepted invitation: "isShared") whose name or
-- description contains @Query, case-insensitively; trips/search_trips is the same for a user with no shared
-- trips. \, % and _ in @Query are escaped so they match literally. On a cluster this reads every shard.
with pattern as (
    select '%' || replace(replace(replace(@Query, '\', '\\'), '%', '\%'), '_', '\_') || '%' as value
), matches as (
    -- The owner's matching trips, then the matching trips shared with them: two index look-ups (trips by owner,
    -- invitations by invitee), as trips/list_visible_trips.
    select v.*
    from (
        select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
               t."createdAt", t."updatedAt", false as "isShared"
        from trips t, pattern p
        where t."userId" = @UserId
          and (t.name ilike p.value escape '\' or t.description ilike p.value escape '\')
        union all
        select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
               t."createdAt", t."updatedAt", true as "isShared"
        from trip_invitations i
        join trips t on t."userId" = i."invitedBy" and t.id = i."tripId", pattern p
        where i."invitedUserId" = @UserId and i.status = 'accepted' and i."invitedBy" <> @UserId
          and (t.name ilike p.value escape '\' or t.description ilike p.value escape '\')
    ) v
    order by v."departureDate" desc, v.id
    limit @Limit
), item_counts as (
    -- The item counts of the matches kept (at most @Limit), as trips/list_visible_trips counts its page: a semi-join
    -- on them rather than sub-selects correlated with them, which a cluster could not send to the shards. Counted
    -- per kind, not through the seed's two LEFT JOINs + COUNT, which multiply each other.
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
    where (i."userId", i."tripId") in (select m."userId", m.id from matches m)
    group by i."userId", i."tripId"
)
select m.*,
       coalesce(c."flightCount", 0) as "flightCount",
       coalesce(c."hotelCount", 0) as "hotelCount",
       coalesce(c."transportationCount", 0) as "transportationCount",
       coalesce(c."carRentalCount", 0) as "carRentalCount",
       coalesce(c."eventCount", 0) as "eventCount"
from matches m
left join item_counts c on c."userId" = m."userId" and c."tripId" = m.id
order by m."departureDate" desc, m.id;
