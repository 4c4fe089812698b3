select id, "userId", "tripId", name, location, "startDateTime", "endDateTime", notes, "createdAt", "updatedAt"
from events
where id = @Id
  and "userId" = @UserId;
