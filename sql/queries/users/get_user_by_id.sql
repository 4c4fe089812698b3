select id, email, "firstName", "lastName", "createdAt", "updatedAt"
from users
where id = @Id;
