-- The trips a user owns whose name or description contains @Query, case-insensitively
-- (trips/search_visible_trips adds the ones shared with them, for a user who has accepted an invitation).
-- \, % and _ in @Query are escaped so they match literally. Every table filtered on the owner directly:
-- on a cluster, one shard.
with pattern as (
    select '%' || replace(replace(replace(@Query, '\', '\\'), '%', '\%'), '_', '\_') || '%' as value
)
select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
       t."createdAt", t."updatedAt", false as "isShared",
       (select count(*)::int from flights f where f."userId" = @UserId and f."tripId" = t.id) as "flightCount",
       (select count(*)::int from hotels h where h."userId" = @UserId and h."tripId" = t.id) as "hotelCount",
       (select count(*)::int from transportation tr where tr."userId" = @UserId and tr."tripId" = t.id) as "transportationCount",
       (select count(*)::int from car_rentals c where c."userId" = @UserId and c."tripId" = t.id) as "carRentalCount",
       (select count(*)::int from events e where e."userId" = @UserId and e."tripId" = t.id) as "eventCount"
from trips t, pattern p
where t."userId" = @UserId
  and (t.name ilike p.value escape '\' or t.description ilike p.value escape '\')
order by t."departureDate" desc, t.id
limit @Limit;
