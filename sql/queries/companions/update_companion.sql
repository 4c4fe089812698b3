update travel_companions
set name = @Name, email = @Email, "dateOfBirth" = @DateOfBirth, relationship = @Relationship
where id = @Id and "createdBy" = @UserId
returning id, "createdBy", "userId", name, email, "dateOfBirth", relationship, "createdAt", "updatedAt";
