-- The trip's owner revokes an invitation, whatever its status. "invitedBy" is always the trip's owner
-- (trip_invitations_trip_id_fkey is on ("tripId", "invitedBy")), so no join to trips is needed.
delete from trip_invitations i
where i.id = @Id and i."invitedBy" = @UserId
-- The invitee: an accepted invitation's trip leaves their trip list (cache invalidation).
returning i."invitedUserId";
