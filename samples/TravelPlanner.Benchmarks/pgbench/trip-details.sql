-- pgbench -M prepared script: trip with details (-D TripId: the 20-item trip; "get-trip" runs it on the empty one), the statements of sql/queries/trips/get_trip_with_details.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D; OwnerId = UserId: the owner reads).
-- The batch is pipelined: one round trip, as Npgsql sends the library's multi-statement batch.
\startpipeline
select t.id, t."userId", t.name, t."departureDate", t."returnDate", t.purpose, t.description, t."createdAt", t."updatedAt"
from trips t
where t.id = :TripId
  and t."userId" = :OwnerId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'));

select f.id, f."userId", f."tripId", f."flightNumber", f.origin, f.destination, f."departureDateTime", f."arrivalDateTime",
       f."seatNumber", f."confirmationCode", f.notes,
       ao.name as "originName", ao.city as "originCity", ad.name as "destinationName", ad.city as "destinationCity",
       f."createdAt", f."updatedAt"
from flights f
left join airports ao on ao.iata = f.origin
left join airports ad on ad.iata = f.destination
where f."userId" = :OwnerId
  and f."tripId" = :TripId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by f."departureDateTime", f.id;

select h.id, h."userId", h."tripId", h.name, h.address, h."checkInDateTime", h."checkOutDateTime",
       h."confirmationNumber", h.notes, h."createdAt", h."updatedAt"
from hotels h
where h."userId" = :OwnerId
  and h."tripId" = :TripId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by h."checkInDateTime", h.id;

select tr.id, tr."userId", tr."tripId", tr.type, tr.carrier, tr.origin, tr.destination, tr."departureDateTime",
       tr."arrivalDateTime", tr."confirmationNumber", tr.notes, tr."createdAt", tr."updatedAt"
from transportation tr
where tr."userId" = :OwnerId
  and tr."tripId" = :TripId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by tr."departureDateTime", tr.id;

select c.id, c."userId", c."tripId", c.company, c."pickupLocation", c."dropoffLocation", c."pickupDateTime",
       c."dropoffDateTime", c."confirmationNumber", c.notes, c."createdAt", c."updatedAt"
from car_rentals c
where c."userId" = :OwnerId
  and c."tripId" = :TripId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by c."pickupDateTime", c.id;

select e.id, e."userId", e."tripId", e.name, e.location, e."startDateTime", e."endDateTime", e.notes,
       e."createdAt", e."updatedAt"
from events e
where e."userId" = :OwnerId
  and e."tripId" = :TripId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by e."startDateTime", e.id;

select tc."companionId", c.name, c.email, c.relationship, c."userId", tc."createdAt" as "addedAt"
from trip_companions tc
join travel_companions c on c."createdBy" = tc."userId" and c.id = tc."companionId"
where tc."userId" = :OwnerId
  and tc."tripId" = :TripId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by c.name, c.id;

with items as (
    select 'FLIGHT' as type, id from flights where "userId" = :OwnerId and "tripId" = :TripId
    union all
    select 'HOTEL', id from hotels where "userId" = :OwnerId and "tripId" = :TripId
    union all
    select 'TRANSPORTATION', id from transportation where "userId" = :OwnerId and "tripId" = :TripId
    union all
    select 'CAR_RENTAL', id from car_rentals where "userId" = :OwnerId and "tripId" = :TripId
    union all
    select 'EVENT', id from events where "userId" = :OwnerId and "tripId" = :TripId
)
select ic.id, replace(ic."itemType", '_', '') as "itemType", ic."itemId", ic."travelerType", ic."travelerId",
       coalesce(c.name, u."firstName" || ' ' || u."lastName") as "travelerName", ic."createdAt"
from item_companions ic
join items on ic."userId" = :OwnerId and items.type = ic."itemType" and items.id = ic."itemId"
left join travel_companions c on ic."travelerType" = 'COMPANION' and c."createdBy" = ic."userId" and c.id = ic."travelerId"
left join users u on ic."travelerType" = 'USER' and u.id = ic."userId" and u.id = ic."travelerId"
where ic."userId" = :OwnerId
  and ((select :OwnerId = :UserId)
       or exists (select 1 from trip_invitations i
                  where i."invitedBy" = :OwnerId and i."tripId" = :TripId and i."invitedUserId" = :UserId and i.status = 'accepted'))
order by ic."itemType", ic."itemId", ic."createdAt", ic.id;
\endpipeline
