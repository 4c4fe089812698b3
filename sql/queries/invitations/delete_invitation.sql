-- The trip's owner revokes an invitation, whatever its status.
delete from trip_invitations i
using trips t
where i.id = @Id and t.id = i."tripId" and t."userId" = @UserId;
