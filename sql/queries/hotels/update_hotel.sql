-- Owner only (no row otherwise). Moving into another user's trip violates hotels_trip_id_fkey.
update hotels
set "tripId" = @TripId,
    name = @Name,
    address = @Address,
    "checkInDateTime" = @CheckInDateTime,
    "checkOutDateTime" = @CheckOutDateTime,
    "confirmationNumber" = @ConfirmationNumber,
    notes = @Notes
where id = @Id
  and "userId" = @UserId
returning id, "userId", "tripId", name, address, "checkInDateTime", "checkOutDateTime", "confirmationNumber", notes, "createdAt", "updatedAt";
