-- The owner of an address: user_emails is keyed by it, so on a cluster this reads one shard; the user's
-- own row is then read by id (users is distributed by id).
select "userId"
from user_emails
where email = @Email;
