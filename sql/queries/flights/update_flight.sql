-- Owner only (no row otherwise). Moving into another user's trip violates flights_trip_id_fkey.
with f as (
    update flights
    set "tripId" = @TripId,
        "flightNumber" = @FlightNumber,
        origin = @Origin,
        destination = @Destination,
        "departureDateTime" = @DepartureDateTime,
        "arrivalDateTime" = @ArrivalDateTime,
        "seatNumber" = @SeatNumber,
        "confirmationCode" = @ConfirmationCode,
        notes = @Notes
    where id = @Id
      and "userId" = @UserId
    returning *
)
select f.id, f."userId", f."tripId", f."flightNumber", f.origin, f.destination, f."departureDateTime", f."arrivalDateTime",
       f."seatNumber", f."confirmationCode", f.notes,
       ao.name as "originName", ao.city as "originCity", ad.name as "destinationName", ad.city as "destinationCity",
       f."createdAt", f."updatedAt"
from f
left join airports ao on ao.iata = f.origin
left join airports ad on ad.iata = f.destination;
