-- The owner of a trip shared with @UserId through an accepted invitation. Invitations live on the owner's
-- shard, so on a cluster this reads every shard: it runs only when the reader is not the trip's owner.
select "invitedBy"
from trip_invitations
where "tripId" = @TripId
  and "invitedUserId" = @UserId
  and status = 'accepted';
