-- Owner only: an invitee (or anyone else) matches no row and is told "not found".
update trips
set name = @Name,
    "departureDate" = @DepartureDate,
    "returnDate" = @ReturnDate,
    purpose = @Purpose,
    description = @Description
where id = @Id
  and "userId" = @UserId
returning id, "userId", name, "departureDate", "returnDate", purpose, description, "createdAt", "updatedAt";
