select i.id,
       i."tripId",
       t.name as "tripName",
       t."departureDate",
       t."returnDate",
       i."invitedBy",
       u."firstName" || ' ' || u."lastName" as "inviterName",
       i."createdAt"
from trip_invitations i
join trips t on t."userId" = i."invitedBy" and t.id = i."tripId"
join users u on u.id = i."invitedBy"
where i."invitedUserId" = @UserId
  and i.status = 'pending'
order by i."createdAt" desc, i.id;
