-- Owner only. The trip's items, companions, invitations and item companions go with it (cascades and triggers).
delete from trips
where id = @Id
  and "userId" = @UserId;
