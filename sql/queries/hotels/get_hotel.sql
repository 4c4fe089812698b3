select id, "userId", "tripId", name, address, "checkInDateTime", "checkOutDateTime", "confirmationNumber", notes, "createdAt", "updatedAt"
from hotels
where id = @Id
  and "userId" = @UserId;
