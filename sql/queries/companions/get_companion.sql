select id, "createdBy", "userId", name, email, "dateOfBirth", relationship, "createdAt", "updatedAt"
from travel_companions
where id = @Id and "createdBy" = @UserId;
