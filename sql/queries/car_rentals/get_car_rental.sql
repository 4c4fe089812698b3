select id, "userId", "tripId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime", "confirmationNumber", notes, "createdAt", "updatedAt"
from car_rentals
where id = @Id
  and "userId" = @UserId;
