insert into travel_companions ("createdBy", name, email, "dateOfBirth", relationship)
values (@UserId, @Name, @Email, @DateOfBirth, @Relationship)
returning id, "createdBy", "userId", name, email, "dateOfBirth", relationship, "createdAt", "updatedAt";
