insert into users (email, password, "firstName", "lastName")
values (@Email, @PasswordHash, @FirstName, @LastName)
returning id, email, "firstName", "lastName", "createdAt", "updatedAt";
