-- Inserts only when @UserId owns the trip and the invitee exists; no row back means one of them failed.
-- A second live (pending or accepted) invitation violates trip_invitations_trip_id_invited_user_id_live_key.
insert into trip_invitations ("tripId", "invitedUserId", "invitedBy")
select t.id, u.id, @UserId
from trips t
join users u on u.id = @InvitedUserId
where t.id = @TripId and t."userId" = @UserId
returning id, "tripId", "invitedUserId", "invitedBy", status, "createdAt", "updatedAt";
