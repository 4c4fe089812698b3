select id, "userId", "tripId", type, carrier, origin, destination, "departureDateTime", "arrivalDateTime", "confirmationNumber", notes, "createdAt", "updatedAt"
from transportation
where id = @Id
  and "userId" = @UserId;
