-- Owner only. The trip's items, companions, invitations and item companions go with it (cascades and triggers).
-- Returns, when the trip was deleted, the owner's audience as it stood before the delete (everyone who may hold a
-- cached copy of the owner's trips; the same rule as trips/list_trip_audience), since the invitations that define
-- it are gone once the delete commits: one row (the audience an array, empty when nobody), or none when nothing was deleted.
with audience as (
    select coalesce(array_agg(distinct i."invitedUserId"), '{}') as users
    from trip_invitations i
    -- "invitedBy" is the trip's owner (and the table's distribution column): no join to trips needed.
    where i."invitedBy" = @UserId
      and i.status in ('pending', 'accepted')
)
delete from trips
where id = @Id
  and "userId" = @UserId
returning id, (select users from audience) as audience;
