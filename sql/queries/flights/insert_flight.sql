-- A "tripId" of another user's trip violates flights_trip_id_fkey ("tripId", "userId"): reported as trip not found.
with f as (
    insert into flights ("userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime",
                         "seatNumber", "confirmationCode", notes)
    values (@UserId, @TripId, @FlightNumber, @Origin, @Destination, @DepartureDateTime, @ArrivalDateTime,
            @SeatNumber, @ConfirmationCode, @Notes)
    returning *
)
select f.id, f."userId", f."tripId", f."flightNumber", f.origin, f.destination, f."departureDateTime", f."arrivalDateTime",
       f."seatNumber", f."confirmationCode", f.notes,
       ao.name as "originName", ao.city as "originCity", ad.name as "destinationName", ad.city as "destinationCity",
       f."createdAt", f."updatedAt"
from f
left join airports ao on ao.iata = f.origin
left join airports ad on ad.iata = f.destination;
