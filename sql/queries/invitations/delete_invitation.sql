-- The trip's owner revokes an invitation, whatever its status.
delete from trip_invitations i
using trips t
where i.id = @Id and t.id = i."tripId" and t."userId" = @UserId
-- The invitee: an accepted invitation's trip leaves their trip list (cache invalidation).
returning i."invitedUserId";
