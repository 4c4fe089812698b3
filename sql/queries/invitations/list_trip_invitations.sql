-- Every invitation to a trip, for its owner only.
select i.id, i."tripId", i."invitedUserId", i."invitedBy", i.status, i."createdAt", i."updatedAt"
from trip_invitations i
join trips t on t.id = i."tripId"
where i."tripId" = @TripId and t."userId" = @UserId
order by i."createdAt", i.id;
