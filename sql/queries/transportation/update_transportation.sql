-- Owner only (no row otherwise). Moving into another user's trip violates transportation_trip_id_fkey.
update transportation
set "tripId" = @TripId,
    type = @Type,
    carrier = @Carrier,
    origin = @Origin,
    destination = @Destination,
    "departureDateTime" = @DepartureDateTime,
    "arrivalDateTime" = @ArrivalDateTime,
    "confirmationNumber" = @ConfirmationNumber,
    notes = @Notes
where id = @Id
  and "userId" = @UserId
returning id, "userId", "tripId", type, carrier, origin, destination, "departureDateTime", "arrivalDateTime", "confirmationNumber", notes, "createdAt", "updatedAt";
