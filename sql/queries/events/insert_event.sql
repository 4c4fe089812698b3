-- A "tripId" of another user's trip violates events_trip_id_fkey ("tripId", "userId"): reported as trip not found.
insert into events ("userId", "tripId", name, location, "startDateTime", "endDateTime", notes)
values (@UserId, @TripId, @Name, @Location, @StartDateTime, @EndDateTime, @Notes)
returning id, "userId", "tripId", name, location, "startDateTime", "endDateTime", notes, "createdAt", "updatedAt";
