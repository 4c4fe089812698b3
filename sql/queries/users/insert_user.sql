-- The address goes into user_emails (keyed by it: unique across users, on a cluster too) and the user
-- into users, in one statement; a taken address fails on users_email_key and neither row is written.
with address as (
    insert into user_emails (email, "userId")
    values (@Email, gen_random_uuid())
    returning email, "userId"
)
insert into users (id, email, password, "firstName", "lastName")
select "userId", email, @PasswordHash, @FirstName, @LastName
from address
returning id, email, "firstName", "lastName", "createdAt", "updatedAt";
