-- The only query that reads the password hash; its row type never leaves the library.
select id, password as "PasswordHash"
from users
where email = @Email;
