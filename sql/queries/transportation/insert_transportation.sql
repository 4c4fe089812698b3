-- A "tripId" of another user's trip violates transportation_trip_id_fkey ("tripId", "userId"): reported as trip not found.
insert into transportation ("userId", "tripId", type, carrier, origin, destination, "departureDateTime", "arrivalDateTime",
                            "confirmationNumber", notes)
values (@UserId, @TripId, @Type, @Carrier, @Origin, @Destination, @DepartureDateTime, @ArrivalDateTime,
        @ConfirmationNumber, @Notes)
returning id, "userId", "tripId", type, carrier, origin, destination, "departureDateTime", "arrivalDateTime", "confirmationNumber", notes, "createdAt", "updatedAt";
