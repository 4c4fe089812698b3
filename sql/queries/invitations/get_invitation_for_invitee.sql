select id, "tripId", "invitedUserId", "invitedBy", status, "createdAt", "updatedAt"
from trip_invitations
where id = @Id and "invitedUserId" = @UserId;
