insert into trips ("userId", name, "departureDate", "returnDate", purpose, description)
values (@UserId, @Name, @DepartureDate, @ReturnDate, @Purpose, @Description)
returning id, "userId", name, "departureDate", "returnDate", purpose, description, "createdAt", "updatedAt";
