-- Every row that belongs to a user carries that user's id in its primary key, in every unique constraint
-- and in every foreign key to another user-owned table. On one server this changes nothing a caller sees;
-- on a Citus cluster it is what lets 0009 distribute the tables by user, co-located with users
-- (docs/scaling.md). The owner column of each table:
--   trips, flights, hotels, transportation, car_rentals, events, vouchers   "userId" (already there)
--   travel_companions                                                       "createdBy" (already there)
--   trip_invitations                                                        "invitedBy" (always the trip's owner)
--   trip_companions, item_companions, voucher_attachments                   "userId" (new: the owner)
--   companion_relationships                                                 "createdBy" (new: the companion's owner)
-- A user's e-mail moves to user_emails, keyed by the address alone: uniqueness across users needs a table
-- whose key is the e-mail (on the cluster, distributed by it).

-- 1. The new owner columns, filled from the rows they hang off.
alter table trip_companions add column "userId" uuid;
update trip_companions tc set "userId" = t."userId" from trips t where t.id = tc."tripId";
alter table trip_companions alter column "userId" set not null;

alter table companion_relationships add column "createdBy" uuid;
update companion_relationships r set "createdBy" = c."createdBy" from travel_companions c where c.id = r."companionId";
alter table companion_relationships alter column "createdBy" set not null;

alter table voucher_attachments add column "userId" uuid;
update voucher_attachments a set "userId" = v."userId" from vouchers v where v.id = a."voucherId";
alter table voucher_attachments alter column "userId" set not null;

alter table item_companions add column "userId" uuid;
update item_companions ic
set "userId" = coalesce(
    (select "userId" from flights where ic."itemType" = 'FLIGHT' and id = ic."itemId"),
    (select "userId" from hotels where ic."itemType" = 'HOTEL' and id = ic."itemId"),
    (select "userId" from transportation where ic."itemType" = 'TRANSPORTATION' and id = ic."itemId"),
    (select "userId" from car_rentals where ic."itemType" = 'CAR_RENTAL' and id = ic."itemId"),
    (select "userId" from events where ic."itemType" = 'EVENT' and id = ic."itemId"));
-- A row whose item is gone (none should exist: triggers delete them) has no owner to go to.
delete from item_companions where "userId" is null;
alter table item_companions alter column "userId" set not null;

-- 2. Foreign keys that point at primary keys about to change go first.
alter table trip_companions drop constraint trip_companions_trip_id_fkey,
                            drop constraint trip_companions_companion_id_fkey;
alter table companion_relationships drop constraint companion_relationships_companion_id_fkey;
alter table trip_invitations drop constraint trip_invitations_trip_id_fkey;
alter table voucher_attachments drop constraint voucher_attachments_voucher_id_fkey,
                                drop constraint voucher_attachments_flight_id_fkey;
alter table vouchers drop constraint vouchers_parent_voucher_id_fkey;
alter table flights drop constraint flights_trip_id_fkey;
alter table hotels drop constraint hotels_trip_id_fkey;
alter table transportation drop constraint transportation_trip_id_fkey;
alter table car_rentals drop constraint car_rentals_trip_id_fkey;
alter table events drop constraint events_trip_id_fkey;

-- 3. Primary keys (id, owner): the id stays first, so a look-up by id alone still uses the key's index.
alter table trips drop constraint trips_pkey, drop constraint trips_id_user_id_key,
                  add constraint trips_pkey primary key (id, "userId");
alter table travel_companions drop constraint travel_companions_pkey,
                              add constraint travel_companions_pkey primary key (id, "createdBy");
alter table trip_companions drop constraint trip_companions_pkey,
                            add constraint trip_companions_pkey primary key (id, "userId");
alter table item_companions drop constraint item_companions_pkey,
                            add constraint item_companions_pkey primary key (id, "userId");
alter table companion_relationships drop constraint companion_relationships_pkey,
                                    add constraint companion_relationships_pkey primary key (id, "createdBy");
alter table flights drop constraint flights_pkey, add constraint flights_pkey primary key (id, "userId");
alter table hotels drop constraint hotels_pkey, add constraint hotels_pkey primary key (id, "userId");
alter table transportation drop constraint transportation_pkey, add constraint transportation_pkey primary key (id, "userId");
alter table car_rentals drop constraint car_rentals_pkey, add constraint car_rentals_pkey primary key (id, "userId");
alter table events drop constraint events_pkey, add constraint events_pkey primary key (id, "userId");
alter table vouchers drop constraint vouchers_pkey, add constraint vouchers_pkey primary key (id, "userId");
alter table voucher_attachments drop constraint voucher_attachments_pkey,
                                add constraint voucher_attachments_pkey primary key (id, "userId");
alter table trip_invitations drop constraint trip_invitations_pkey,
                             add constraint trip_invitations_pkey primary key (id, "invitedBy");

-- 4. The same foreign keys again, each through the owner column (same names: the library maps them).
alter table flights add constraint flights_trip_id_fkey
    foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table hotels add constraint hotels_trip_id_fkey
    foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table transportation add constraint transportation_trip_id_fkey
    foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table car_rentals add constraint car_rentals_trip_id_fkey
    foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table events add constraint events_trip_id_fkey
    foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table trip_companions
    add constraint trip_companions_trip_id_fkey
        foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade,
    add constraint trip_companions_companion_id_fkey
        foreign key ("companionId", "userId") references travel_companions (id, "createdBy") on delete cascade;
alter table companion_relationships add constraint companion_relationships_companion_id_fkey
    foreign key ("companionId", "createdBy") references travel_companions (id, "createdBy") on delete cascade;
alter table trip_invitations add constraint trip_invitations_trip_id_fkey
    foreign key ("tripId", "invitedBy") references trips (id, "userId") on delete cascade;
-- A reissued child outlives its parent being deleted: only the parent column goes null, never the owner.
alter table vouchers add constraint vouchers_parent_voucher_id_fkey
    foreign key ("parentVoucherId", "userId") references vouchers (id, "userId") on delete set null ("parentVoucherId");
alter table voucher_attachments
    add constraint voucher_attachments_voucher_id_fkey
        foreign key ("voucherId", "userId") references vouchers (id, "userId"),
    add constraint voucher_attachments_flight_id_fkey
        foreign key ("flightId", "userId") references flights (id, "userId") on delete cascade,
    add constraint voucher_attachments_user_id_fkey
        foreign key ("userId") references users (id) on delete cascade;
alter table trip_companions add constraint trip_companions_user_id_fkey
    foreign key ("userId") references users (id) on delete cascade;
alter table item_companions add constraint item_companions_user_id_fkey
    foreign key ("userId") references users (id) on delete cascade;
alter table companion_relationships add constraint companion_relationships_created_by_fkey
    foreign key ("createdBy") references users (id) on delete cascade;

-- 5. Unique constraints with the owner in them (what they allow is unchanged: the trip or item fixes the owner).
alter table trip_companions drop constraint trip_companions_trip_id_companion_id_key,
    add constraint trip_companions_trip_id_companion_id_key unique ("userId", "tripId", "companionId");
alter table item_companions drop constraint item_companions_item_traveler_key,
    add constraint item_companions_item_traveler_key unique ("userId", "itemType", "itemId", "travelerType", "travelerId");
alter table companion_relationships drop constraint companion_relationships_companion_id_user_id_key,
    add constraint companion_relationships_companion_id_user_id_key unique ("createdBy", "companionId", "userId");
drop index trip_invitations_trip_id_invited_user_id_live_key;
create unique index trip_invitations_trip_id_invited_user_id_live_key
    on trip_invitations ("invitedBy", "tripId", "invitedUserId") where status in ('pending', 'accepted');
-- A voucher number is unique per user, no longer across users (a deliberate change, docs/scaling.md):
-- the issuer's number identifies the voucher to the issuer; two accounts may each record the same one
-- (a family voucher), and a per-user rule is one the cluster checks on one shard.
drop index vouchers_voucher_number;
create unique index vouchers_voucher_number on vouchers ("userId", "voucherNumber");
create index voucher_attachments_user_id on voucher_attachments ("userId");
create index item_companions_user_id on item_companions ("userId");
create index companion_relationships_created_by on companion_relationships ("createdBy");

-- 6. E-mail addresses, unique across every user. The constraint keeps its old name (the library maps it).
alter table users drop constraint users_email_key;
create table user_emails (
    email    varchar(255) not null,
    "userId" uuid         not null,
    constraint users_email_key primary key (email),
    -- Dropped on a Citus cluster (0009): user_emails is distributed by the address, users by the id.
    constraint user_emails_user_id_fkey foreign key ("userId") references users (id) on delete cascade
);
insert into user_emails (email, "userId") select email, id from users;
create index user_emails_user_id on user_emails ("userId");

-- 7. Whether a user has ever accepted an invitation: until then their trip list and search are their own
-- trips only, which a cluster answers from their shard alone (trips/list_user_trips); afterwards the
-- library also reads the trips shared with them, from every shard (trips/list_visible_trips). It only
-- ever turns true, so it is never wrong to rely on its being false.
alter table users add column "hasSharedTrips" boolean not null default false;
update users set "hasSharedTrips" = true
where id in (select "invitedUserId" from trip_invitations where status = 'accepted');

-- 8. An item's or companion's item_companions rows go with it, now row by row and through the owner:
-- a trigger that only touches rows of the same owner is one a Citus cluster can run on the shard (the
-- statement-level versions with transition tables are refused on distributed tables). A USER traveller is
-- always the item's owner, so item_companions_user_id_fkey covers a deleted account; the statement-level
-- functions of 0004 stay (unused) so that undoing this script can restore their triggers.
drop trigger users_delete_item_companions on users;
drop trigger travel_companions_delete_item_companions on travel_companions;
drop trigger flights_delete_item_companions on flights;
drop trigger hotels_delete_item_companions on hotels;
drop trigger transportation_delete_item_companions on transportation;
drop trigger car_rentals_delete_item_companions on car_rentals;
drop trigger events_delete_item_companions on events;

create function delete_item_companions_of_item() returns trigger
language plpgsql as $$
begin
    delete from item_companions
    where "userId" = old."userId" and "itemType" = tg_argv[0] and "itemId" = old.id;
    return null;
end;
$$;

create function delete_item_companions_of_companion() returns trigger
language plpgsql as $$
begin
    delete from item_companions
    where "userId" = old."createdBy" and "travelerType" = 'COMPANION' and "travelerId" = old.id;
    return null;
end;
$$;

create trigger travel_companions_delete_item_companions after delete on travel_companions
    for each row execute function delete_item_companions_of_companion();
create trigger flights_delete_item_companions after delete on flights
    for each row execute function delete_item_companions_of_item('FLIGHT');
create trigger hotels_delete_item_companions after delete on hotels
    for each row execute function delete_item_companions_of_item('HOTEL');
create trigger transportation_delete_item_companions after delete on transportation
    for each row execute function delete_item_companions_of_item('TRANSPORTATION');
create trigger car_rentals_delete_item_companions after delete on car_rentals
    for each row execute function delete_item_companions_of_item('CAR_RENTAL');
create trigger events_delete_item_companions after delete on events
    for each row execute function delete_item_companions_of_item('EVENT');
