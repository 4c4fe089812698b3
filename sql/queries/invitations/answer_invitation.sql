-- Only the invitee answers, and only while the invitation is pending (the guard settles races).
update trip_invitations
set status = @Status
where id = @Id and "invitedUserId" = @UserId and status = 'pending'
returning id, "tripId", "invitedUserId", "invitedBy", status, "createdAt", "updatedAt";
