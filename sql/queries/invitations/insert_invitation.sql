-- Inserts only when @UserId owns the trip and the invitee exists; no row back means one of them failed.
-- A second live (pending or accepted) invitation violates trip_invitations_trip_id_invited_user_id_live_key.
-- First the owner's sharing lock, exclusively (see trips/read_audience_before_write, which takes it shared with the
-- same key): a write to the owner's trips that has read its audience commits before this invitation can, so the
-- invitee cannot see (and cache) the trip as it was before that write.
select true as locked from pg_advisory_xact_lock(1416651636, hashtext(@UserId::text));
insert into trip_invitations ("tripId", "invitedUserId", "invitedBy")
select t.id, @InvitedUserId, t."userId"
from trips t
where t.id = @TripId
  and t."userId" = @UserId
  -- The invitee lives on another shard of a cluster: an existence test, not a join (Citus runs it first).
  and exists (select 1 from users u where u.id = @InvitedUserId)
returning id, "tripId", "invitedUserId", "invitedBy", status, "createdAt", "updatedAt";
