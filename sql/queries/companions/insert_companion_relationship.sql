insert into companion_relationships ("companionId", "userId")
values (@CompanionId, @AccountUserId);
