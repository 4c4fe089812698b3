-- Trips the user can see (owned or shared through an accepted invitation) whose name or description
-- contains @Query, case-insensitively. \, % and _ in @Query are escaped so they match literally.
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
),
pattern as (
    select '%' || replace(replace(replace(@Query, '\', '\\'), '%', '\%'), '_', '\_') || '%' as value
)
select v.id, v."userId", v.name, v."departureDate", v."returnDate", v.purpose, v.description,
       v."createdAt", v."updatedAt", v."isShared",
       (select count(*)::int from flights f where f."tripId" = v.id) as "flightCount",
       (select count(*)::int from hotels h where h."tripId" = v.id) as "hotelCount",
       (select count(*)::int from transportation tr where tr."tripId" = v.id) as "transportationCount",
       (select count(*)::int from car_rentals c where c."tripId" = v.id) as "carRentalCount",
       (select count(*)::int from events e where e."tripId" = v.id) as "eventCount"
from visible v, pattern p
where v.name ilike p.value escape '\'
   or v.description ilike p.value escape '\'
order by v."departureDate" desc, v.id
limit @Limit;
