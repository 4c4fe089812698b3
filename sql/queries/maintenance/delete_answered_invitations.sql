-- The seed's cleanup: accepted or declined invitations last changed more than 90 days ago (@InvitationCutoff).
delete from trip_invitations
where status in ('accepted', 'declined')
  and "updatedAt" < @InvitationCutoff
-- Whose trip lists change (an accepted invitee loses the trip), for the cache.
returning "invitedUserId";
