-- The user's items that belong to no trip, one result set per item type, in one round trip.
select f.id, f."userId", f."tripId", f."flightNumber", f.origin, f.destination, f."departureDateTime", f."arrivalDateTime",
       f."seatNumber", f."confirmationCode", f.notes,
       ao.name as "originName", ao.city as "originCity", ad.name as "destinationName", ad.city as "destinationCity",
       f."createdAt", f."updatedAt"
from flights f
left join airports ao on ao.iata = f.origin
left join airports ad on ad.iata = f.destination
where f."userId" = @UserId and f."tripId" is null
order by f."departureDateTime", f.id;

select h.id, h."userId", h."tripId", h.name, h.address, h."checkInDateTime", h."checkOutDateTime",
       h."confirmationNumber", h.notes, h."createdAt", h."updatedAt"
from hotels h
where h."userId" = @UserId and h."tripId" is null
order by h."checkInDateTime", h.id;

select tr.id, tr."userId", tr."tripId", tr.type, tr.carrier, tr.origin, tr.destination, tr."departureDateTime",
       tr."arrivalDateTime", tr."confirmationNumber", tr.notes, tr."createdAt", tr."updatedAt"
from transportation tr
where tr."userId" = @UserId and tr."tripId" is null
order by tr."departureDateTime", tr.id;

select c.id, c."userId", c."tripId", c.company, c."pickupLocation", c."dropoffLocation", c."pickupDateTime",
       c."dropoffDateTime", c."confirmationNumber", c.notes, c."createdAt", c."updatedAt"
from car_rentals c
where c."userId" = @UserId and c."tripId" is null
order by c."pickupDateTime", c.id;

select e.id, e."userId", e."tripId", e.name, e.location, e."startDateTime", e."endDateTime", e.notes,
       e."createdAt", e."updatedAt"
from events e
where e."userId" = @UserId and e."tripId" is null
order by e."startDateTime", e.id;
