-- Every invitation to a trip, for its owner only ("invitedBy" is always the trip's owner: no join to trips).
select i.id, i."tripId", i."invitedUserId", i."invitedBy", i.status, i."createdAt", i."updatedAt"
from trip_invitations i
where i."invitedBy" = @UserId and i."tripId" = @TripId
order by i."createdAt", i.id;
