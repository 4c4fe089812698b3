-- Runs in the transaction that accepts an invitation: from now on the invitee's trip list and search
-- include shared trips (users."hasSharedTrips", 0008). It never turns false again.
update users
set "hasSharedTrips" = true
where id = @UserId
  and not "hasSharedTrips";
