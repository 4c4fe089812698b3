-- The trips a user can see (owned, or shared through an accepted invitation: "isShared") whose name or
-- description contains @Query, case-insensitively; trips/search_trips is the same for a user with no shared
-- trips. \, % and _ in @Query are escaped so they match literally. On a cluster this reads every shard.
with pattern as (
    select '%' || replace(replace(replace(@Query, '\', '\\'), '%', '\%'), '_', '\_') || '%' as value
)
-- The owner's matching trips, then the matching trips shared with them: two index look-ups (trips by owner,
-- invitations by invitee), as trips/list_visible_trips.
select v.*
from (
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", false as "isShared",
           (select count(*)::int from flights f where f."userId" = t."userId" and f."tripId" = t.id) as "flightCount",
           (select count(*)::int from hotels h where h."userId" = t."userId" and h."tripId" = t.id) as "hotelCount",
           (select count(*)::int from transportation tr where tr."userId" = t."userId" and tr."tripId" = t.id) as "transportationCount",
           (select count(*)::int from car_rentals c where c."userId" = t."userId" and c."tripId" = t.id) as "carRentalCount",
           (select count(*)::int from events e where e."userId" = t."userId" and e."tripId" = t.id) as "eventCount"
    from trips t, pattern p
    where t."userId" = @UserId
      and (t.name ilike p.value escape '\' or t.description ilike p.value escape '\')
    union all
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", true as "isShared",
           (select count(*)::int from flights f where f."userId" = t."userId" and f."tripId" = t.id),
           (select count(*)::int from hotels h where h."userId" = t."userId" and h."tripId" = t.id),
           (select count(*)::int from transportation tr where tr."userId" = t."userId" and tr."tripId" = t.id),
           (select count(*)::int from car_rentals c where c."userId" = t."userId" and c."tripId" = t.id),
           (select count(*)::int from events e where e."userId" = t."userId" and e."tripId" = t.id)
    from trip_invitations i
    join trips t on t."userId" = i."invitedBy" and t.id = i."tripId", pattern p
    where i."invitedUserId" = @UserId and i.status = 'accepted' and i."invitedBy" <> @UserId
      and (t.name ilike p.value escape '\' or t.description ilike p.value escape '\')
) v
order by v."departureDate" desc, v.id
limit @Limit;
