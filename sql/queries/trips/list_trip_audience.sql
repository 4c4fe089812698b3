-- Everyone besides the owner who may hold a cached copy of the owner's trips: the invitees of any of
-- the owner's trips whose invitation is accepted, or still pending (an invitee who accepts while the
-- owner deletes the trip is then invalidated too, though the delete takes the invitation with it).
select distinct i."invitedUserId"
from trip_invitations i
-- "invitedBy" is the trip's owner (and the table's distribution column): no join to trips needed.
where i."invitedBy" = @OwnerId
  and i.status in ('pending', 'accepted');
