-- A "tripId" of another user's trip violates hotels_trip_id_fkey ("tripId", "userId"): reported as trip not found.
insert into hotels ("userId", "tripId", name, address, "checkInDateTime", "checkOutDateTime", "confirmationNumber", notes)
values (@UserId, @TripId, @Name, @Address, @CheckInDateTime, @CheckOutDateTime, @ConfirmationNumber, @Notes)
returning id, "userId", "tripId", name, address, "checkInDateTime", "checkOutDateTime", "confirmationNumber", notes, "createdAt", "updatedAt";
