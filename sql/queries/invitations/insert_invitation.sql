-- Inserts only when @UserId owns the trip and the invitee exists; no row back means one of them failed.
-- A second live (pending or accepted) invitation violates trip_invitations_trip_id_invited_user_id_live_key.
insert into trip_invitations ("tripId", "invitedUserId", "invitedBy")
select t.id, @InvitedUserId, t."userId"
from trips t
where t.id = @TripId
  and t."userId" = @UserId
  -- The invitee lives on another shard of a cluster: an existence test, not a join (Citus runs it first).
  and exists (select 1 from users u where u.id = @InvitedUserId)
returning id, "tripId", "invitedUserId", "invitedBy", status, "createdAt", "updatedAt";
