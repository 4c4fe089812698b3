select id, password as "PasswordHash"
from users
where id = @Id;
