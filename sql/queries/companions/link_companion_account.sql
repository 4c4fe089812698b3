-- Only the creator links, and only a profile not linked yet (the guard makes concurrent links safe).
update travel_companions
set "userId" = @AccountUserId
where id = @Id and "createdBy" = @UserId and "userId" is null
returning id, "createdBy", "userId", name, email, "dateOfBirth", relationship, "createdAt", "updatedAt";
