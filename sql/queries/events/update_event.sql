-- Owner only (no row otherwise). Moving into another user's trip violates events_trip_id_fkey.
update events
set "tripId" = @TripId,
    name = @Name,
    location = @Location,
    "startDateTime" = @StartDateTime,
    "endDateTime" = @EndDateTime,
    notes = @Notes
where id = @Id
  and "userId" = @UserId
returning id, "userId", "tripId", name, location, "startDateTime", "endDateTime", notes, "createdAt", "updatedAt";
