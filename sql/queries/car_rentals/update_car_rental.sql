-- Owner only (no row otherwise). Moving into another user's trip violates car_rentals_trip_id_fkey.
update car_rentals
set "tripId" = @TripId,
    company = @Company,
    "pickupLocation" = @PickupLocation,
    "dropoffLocation" = @DropoffLocation,
    "pickupDateTime" = @PickupDateTime,
    "dropoffDateTime" = @DropoffDateTime,
    "confirmationNumber" = @ConfirmationNumber,
    notes = @Notes
where id = @Id
  and "userId" = @UserId
returning id, "userId", "tripId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime", "confirmationNumber", notes, "createdAt", "updatedAt";
