-- Sent in front of a write to @UserId's trips or trip items, in the same round trip, when a listener (the cache,
-- read-your-writes) must be told who may hold a copy of the owner's trips (QueryExecutor.WriteOwnerTripsAsync).
-- 1. The owner's sharing lock, shared: writers of the same owner do not wait for each other, but an invitation to one
--    of the owner's trips (invitations/insert_invitation takes it exclusively) cannot commit until this write has.
--    Without it, an invitation created and accepted after step 2 read the audience, with the invitee reading (and
--    caching) the owner's trips before this write commits, would leave that invitee a copy without the write.
-- 2. The audience, read after the lock is held (each statement of the batch takes its own snapshot): the invitees
--    of any of the owner's trips whose invitation is accepted or still pending (one pending now may be accepted
--    before this write commits). Read before the write itself, so a trip delete still finds the invitations it
--    takes with it.
-- The key: class 1416651636 ('TPst', the library's sharing locks; the two-integer form never meets the migration
-- lock's bigint key), then the owner's hash. invitations/insert_invitation uses the same two numbers.
select true as locked from pg_advisory_xact_lock_shared(1416651636, hashtext(@UserId::text));
select distinct i."invitedUserId"
from trip_invitations i
-- "invitedBy" is the trip's owner (and the table's distribution column): no join to trips needed.
where i."invitedBy" = @UserId
  and i.status in ('pending', 'accepted');
