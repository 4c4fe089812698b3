select exists (select 1 from users where id = @Id);
