-- A "tripId" of another user's trip violates car_rentals_trip_id_fkey ("tripId", "userId"): reported as trip not found.
insert into car_rentals ("userId", "tripId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime",
                         "confirmationNumber", notes)
values (@UserId, @TripId, @Company, @PickupLocation, @DropoffLocation, @PickupDateTime, @DropoffDateTime,
        @ConfirmationNumber, @Notes)
returning id, "userId", "tripId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime", "confirmationNumber", notes, "createdAt", "updatedAt";
