-- Owner only; airport names joined on the IATA code as in the seed's flight query.
select f.id, f."userId", f."tripId", f."flightNumber", f.origin, f.destination, f."departureDateTime", f."arrivalDateTime",
       f."seatNumber", f."confirmationCode", f.notes,
       ao.name as "originName", ao.city as "originCity", ad.name as "destinationName", ad.city as "destinationCity",
       f."createdAt", f."updatedAt"
from flights f
left join airports ao on ao.iata = f.origin
left join airports ad on ad.iata = f.destination
where f.id = @Id
  and f."userId" = @UserId;
