-- pgbench -M prepared script: trip with details (-D TripId: the 20-item trip; "get-trip" runs it on the empty one), the statements of sql/queries/trips/get_trip_with_details.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D).
-- The batch is pipelined: one round trip, as Npgsql sends the library's multi-statement batch.
\startpipeline
select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description, t."createdAt", t."updatedAt"
from trips t
where t.id = :TripId
  and (t."userId" = :UserId
       or exists (select 1 from trip_invitations i
                  where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted'));

select f.id, f."userId", f."tripId", f."flightNumber", f.origin, f.destination, f."departureDateTime", f."arrivalDateTime",
       f."seatNumber", f."confirmationCode", f.notes,
       ao.name as "originName", ao.city as "originCity", ad.name as "destinationName", ad.city as "destinationCity",
       f."createdAt", f."updatedAt"
from flights f
left join airports ao on ao.iata = f.origin
left join airports ad on ad.iata = f.destination
where f."tripId" in (select t.id from trips t
                     where t.id = :TripId
                       and (t."userId" = :UserId
                            or exists (select 1 from trip_invitations i
                                       where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by f."departureDateTime", f.id;

select h.id, h."userId", h."tripId", h.name, h.address, h."checkInDateTime", h."checkOutDateTime",
       h."confirmationNumber", h.notes, h."createdAt", h."updatedAt"
from hotels h
where h."tripId" in (select t.id from trips t
                     where t.id = :TripId
                       and (t."userId" = :UserId
                            or exists (select 1 from trip_invitations i
                                       where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by h."checkInDateTime", h.id;

select tr.id, tr."userId", tr."tripId", tr.type, tr.carrier, tr.origin, tr.destination, tr."departureDateTime",
       tr."arrivalDateTime", tr."confirmationNumber", tr.notes, tr."createdAt", tr."updatedAt"
from transportation tr
where tr."tripId" in (select t.id from trips t
                      where t.id = :TripId
                        and (t."userId" = :UserId
                             or exists (select 1 from trip_invitations i
                                        where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by tr."departureDateTime", tr.id;

select c.id, c."userId", c."tripId", c.company, c."pickupLocation", c."dropoffLocation", c."pickupDateTime",
       c."dropoffDateTime", c."confirmationNumber", c.notes, c."createdAt", c."updatedAt"
from car_rentals c
where c."tripId" in (select t.id from trips t
                     where t.id = :TripId
                       and (t."userId" = :UserId
                            or exists (select 1 from trip_invitations i
                                       where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by c."pickupDateTime", c.id;

select e.id, e."userId", e."tripId", e.name, e.location, e."startDateTime", e."endDateTime", e.notes,
       e."createdAt", e."updatedAt"
from events e
where e."tripId" in (select t.id from trips t
                     where t.id = :TripId
                       and (t."userId" = :UserId
                            or exists (select 1 from trip_invitations i
                                       where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by e."startDateTime", e.id;

select tc."companionId", c.name, c.email, c.relationship, c."userId", tc."createdAt" as "addedAt"
from trip_companions tc
join travel_companions c on c.id = tc."companionId"
where tc."tripId" in (select t.id from trips t
                      where t.id = :TripId
                        and (t."userId" = :UserId
                             or exists (select 1 from trip_invitations i
                                        where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by c.name, c.id;

with items as (
    select 'FLIGHT' as type, id from flights where "tripId" = :TripId
    union all
    select 'HOTEL', id from hotels where "tripId" = :TripId
    union all
    select 'TRANSPORTATION', id from transportation where "tripId" = :TripId
    union all
    select 'CAR_RENTAL', id from car_rentals where "tripId" = :TripId
    union all
    select 'EVENT', id from events where "tripId" = :TripId
)
select ic.id, replace(ic."itemType", '_', '') as "itemType", ic."itemId", ic."travelerType", ic."travelerId",
       coalesce(c.name, u."firstName" || ' ' || u."lastName") as "travelerName", ic."createdAt"
from item_companions ic
join items on items.type = ic."itemType" and items.id = ic."itemId"
left join travel_companions c on ic."travelerType" = 'COMPANION' and c.id = ic."travelerId"
left join users u on ic."travelerType" = 'USER' and u.id = ic."travelerId"
where exists (select 1 from trips t
              where t.id = :TripId
                and (t."userId" = :UserId
                     or exists (select 1 from trip_invitations i
                                where i."tripId" = t.id and i."invitedUserId" = :UserId and i.status = 'accepted')))
order by ic."itemType", ic."itemId", ic."createdAt", ic.id;
\endpipeline
