-- Owner only. The trip's items, companions, invitations and item companions go with it (cascades and triggers).
-- Returns the trip's id, or no row when nothing was deleted. Whoever may hold a cached copy of the trip is read
-- before the delete takes the invitations with it (trips/read_audience_before_write, sent in front of this statement).
delete from trips
where id = @Id
  and "userId" = @UserId
returning id;
