-- pgbench -M prepared script: list user trips (one page with item counts, the total on every row), the statement of
-- sql/queries/trips/list_user_trips.sql (the library's file, comments dropped, @Name parameters as pgbench :Name
-- variables given with -D). One statement, one round trip, as the library sends it for a user without shared trips.
with visible as (
    select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description,
           t."createdAt", t."updatedAt", false as "isShared"
    from trips t
    where t."userId" = :UserId
      and not coalesce((select u."hasSharedTrips" from users u where u.id = :UserId), false)
), filtered as (
    select *
    from visible v
    where :Filter = 'all'
       or (:Filter = 'upcoming' and v."departureDate" >= :Today)
       or (:Filter = 'current' and v."departureDate" < :Today and v."returnDate" >= :Today)
       or (:Filter = 'past' and v."returnDate" < :Today)
)
select total."totalCount",
       coalesce((select u."hasSharedTrips" from users u where u.id = :UserId), false) as "hasSharedTrips",
       page.*
from (select count(*)::int as "totalCount" from filtered) total
left join lateral (
    select p.*,
           (select count(*)::int from flights fl where fl."userId" = :UserId and fl."tripId" = p.id) as "flightCount",
           (select count(*)::int from hotels h where h."userId" = :UserId and h."tripId" = p.id) as "hotelCount",
           (select count(*)::int from transportation tr where tr."userId" = :UserId and tr."tripId" = p.id) as "transportationCount",
           (select count(*)::int from car_rentals c where c."userId" = :UserId and c."tripId" = p.id) as "carRentalCount",
           (select count(*)::int from events e where e."userId" = :UserId and e."tripId" = p.id) as "eventCount"
    from (
        select f.*
        from filtered f
        order by case when :Filter = 'past' then f."returnDate" end desc, f."departureDate", f.id
        limit :Limit offset :Offset
    ) p
) page on true
order by case when :Filter = 'past' then page."returnDate" end desc, page."departureDate", page.id;
