-- Who may hold a copy of trip details that show one of @Codes (a flight's origin or destination names the airport): the
-- flights' owners and their audiences (the invitees of any of the owner's trips, accepted or pending, as
-- trips/read_audience_before_write reads them). Run after an airport import committed, on the primary, so that every
-- flight committed before the import is found; a details read that started later sees the new names already.
-- Airport imports are rare operator steps: this reads every flight (no index on origin or destination is worth keeping
-- for it). On Citus it runs on every shard; the join stays on the owner's shard (trip_invitations by "invitedBy").
with owners as (
    select distinct f."userId"
    from flights f
    where f.origin = any(@Codes) or f.destination = any(@Codes)
)
select o."userId" from owners o
union
select i."invitedUserId"
from trip_invitations i
join owners o on i."invitedBy" = o."userId"
where i.status in ('pending', 'accepted');
