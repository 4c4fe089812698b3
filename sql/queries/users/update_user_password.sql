update users
set password = @PasswordHash
where id = @Id;
