-- users."hasSharedTrips" (0008): true once the user has accepted an invitation. One shard on a cluster.
select coalesce((select "hasSharedTrips" from users where id = @UserId), false);
