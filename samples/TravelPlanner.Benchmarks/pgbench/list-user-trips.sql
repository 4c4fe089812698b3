-- pgbench -M prepared script: list user trips (one page with item counts, and the total), the statements of sql/queries/trips/list_user_trips.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D).
-- The batch is pipelined: one round trip, as Npgsql sends the library's multi-statement batch.
\startpipeline
with visible as (
    select t.*, false as "isShared"
    from trips t
    where t."userId" = :UserId
    union all
    select t.*, true as "isShared"
    from trips t
    join trip_invitations i on i."tripId" = t.id
    where i."invitedUserId" = :UserId
      and i.status = 'accepted'
      and t."userId" <> :UserId
)
select count(*)::int
from visible v
where :Filter = 'all'
   or (:Filter = 'upcoming' and v."departureDate" >= :Today)
   or (:Filter = 'current' and v."departureDate" < :Today and v."returnDate" >= :Today)
   or (:Filter = 'past' and v."returnDate" < :Today);

with visible as (
    select t.*, false as "isShared"
    from trips t
    where t."userId" = :UserId
    union all
    select t.*, true as "isShared"
    from trips t
    join trip_invitations i on i."tripId" = t.id
    where i."invitedUserId" = :UserId
      and i.status = 'accepted'
      and t."userId" <> :UserId
)
select v.id, v."userId", v.name, v."departureDate", v."returnDate", v.purpose, v.description,
       v."createdAt", v."updatedAt", v."isShared",
       (select count(*)::int from flights f where f."tripId" = v.id) as "flightCount",
       (select count(*)::int from hotels h where h."tripId" = v.id) as "hotelCount",
       (select count(*)::int from transportation tr where tr."tripId" = v.id) as "transportationCount",
       (select count(*)::int from car_rentals c where c."tripId" = v.id) as "carRentalCount",
       (select count(*)::int from events e where e."tripId" = v.id) as "eventCount"
from visible v
where :Filter = 'all'
   or (:Filter = 'upcoming' and v."departureDate" >= :Today)
   or (:Filter = 'current' and v."departureDate" < :Today and v."returnDate" >= :Today)
   or (:Filter = 'past' and v."returnDate" < :Today)
order by case when :Filter = 'past' then v."returnDate" end desc, v."departureDate", v.id
limit :Limit offset :Offset;
\endpipeline
