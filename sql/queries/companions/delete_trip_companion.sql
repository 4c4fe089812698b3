-- Only the trip's owner removes companions from it.
delete from trip_companions tc
using trips t
where tc."userId" = @UserId
  and tc."tripId" = @TripId
  and tc."companionId" = @CompanionId
  and t."userId" = tc."userId"
  and t.id = tc."tripId"
  and t."userId" = @UserId
returning tc.id;
