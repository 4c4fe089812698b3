insert into companion_relationships ("createdBy", "companionId", "userId")
values (@UserId, @CompanionId, @AccountUserId);
