-- Invitations to share a trip with another registered user (seed: TripInvitations).

create table trip_invitations (
    id              uuid        not null default gen_random_uuid(),
    "tripId"        uuid        not null,
    "invitedUserId" uuid        not null,
    "invitedBy"     uuid        not null,
    status          varchar(20) not null default 'pending',
    "createdAt"     timestamptz not null default now(),
    "updatedAt"     timestamptz not null default now(),
    constraint trip_invitations_pkey primary key (id),
    constraint trip_invitations_trip_id_fkey foreign key ("tripId") references trips (id) on delete cascade,
    constraint trip_invitations_invited_user_id_fkey foreign key ("invitedUserId") references users (id) on delete cascade,
    constraint trip_invitations_invited_by_fkey foreign key ("invitedBy") references users (id) on delete cascade,
    constraint trip_invitations_status_check check (status in ('pending', 'accepted', 'declined')),
    constraint trip_invitations_no_self_invite check ("invitedUserId" <> "invitedBy")
);

create index trip_invitations_trip_id on trip_invitations ("tripId");
create index trip_invitations_invited_user_id on trip_invitations ("invitedUserId");
create index trip_invitations_status on trip_invitations (status);
-- At most one live (pending or accepted) invitation per trip and invitee; declined ones may repeat.
create unique index trip_invitations_trip_id_invited_user_id_live_key
    on trip_invitations ("tripId", "invitedUserId") where status in ('pending', 'accepted');

create trigger trip_invitations_set_updated_at before update on trip_invitations
    for each row execute function set_updated_at();
