-- Reverses 0008_key_every_row_by_its_user.sql on one server (on a Citus cluster undo 0009 first).
-- Fails when two users hold the same voucher number, which 0008 allows: resolve those rows first.
drop trigger travel_companions_delete_item_companions on travel_companions;
drop trigger flights_delete_item_companions on flights;
drop trigger hotels_delete_item_companions on hotels;
drop trigger transportation_delete_item_companions on transportation;
drop trigger car_rentals_delete_item_companions on car_rentals;
drop trigger events_delete_item_companions on events;
drop function delete_item_companions_of_item();
drop function delete_item_companions_of_companion();
create trigger travel_companions_delete_item_companions after delete on travel_companions
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_travelers('COMPANION');
create trigger users_delete_item_companions after delete on users
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_travelers('USER');
create trigger flights_delete_item_companions after delete on flights
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('FLIGHT');
create trigger hotels_delete_item_companions after delete on hotels
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('HOTEL');
create trigger transportation_delete_item_companions after delete on transportation
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('TRANSPORTATION');
create trigger car_rentals_delete_item_companions after delete on car_rentals
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('CAR_RENTAL');
create trigger events_delete_item_companions after delete on events
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('EVENT');

alter table users drop column "hasSharedTrips";
alter table users add constraint users_email_key_old unique (email);
drop table user_emails;
alter table users rename constraint users_email_key_old to users_email_key;

drop index vouchers_voucher_number;
create unique index vouchers_voucher_number on vouchers ("voucherNumber");
drop index trip_invitations_trip_id_invited_user_id_live_key;
create unique index trip_invitations_trip_id_invited_user_id_live_key
    on trip_invitations ("tripId", "invitedUserId") where status in ('pending', 'accepted');
alter table companion_relationships drop constraint companion_relationships_companion_id_user_id_key,
    add constraint companion_relationships_companion_id_user_id_key unique ("companionId", "userId");
alter table item_companions drop constraint item_companions_item_traveler_key,
    add constraint item_companions_item_traveler_key unique ("itemType", "itemId", "travelerType", "travelerId");
alter table trip_companions drop constraint trip_companions_trip_id_companion_id_key,
    add constraint trip_companions_trip_id_companion_id_key unique ("tripId", "companionId");

alter table trip_companions drop constraint trip_companions_trip_id_fkey, drop constraint trip_companions_companion_id_fkey;
alter table companion_relationships drop constraint companion_relationships_companion_id_fkey;
alter table trip_invitations drop constraint trip_invitations_trip_id_fkey;
alter table voucher_attachments drop constraint voucher_attachments_voucher_id_fkey, drop constraint voucher_attachments_flight_id_fkey;
alter table vouchers drop constraint vouchers_parent_voucher_id_fkey;
alter table flights drop constraint flights_trip_id_fkey;
alter table hotels drop constraint hotels_trip_id_fkey;
alter table transportation drop constraint transportation_trip_id_fkey;
alter table car_rentals drop constraint car_rentals_trip_id_fkey;
alter table events drop constraint events_trip_id_fkey;

alter table trips drop constraint trips_pkey, add constraint trips_pkey primary key (id),
                  add constraint trips_id_user_id_key unique (id, "userId");
alter table travel_companions drop constraint travel_companions_pkey, add constraint travel_companions_pkey primary key (id);
alter table trip_companions drop constraint trip_companions_pkey, add constraint trip_companions_pkey primary key (id);
alter table item_companions drop constraint item_companions_pkey, add constraint item_companions_pkey primary key (id);
alter table companion_relationships drop constraint companion_relationships_pkey, add constraint companion_relationships_pkey primary key (id);
alter table flights drop constraint flights_pkey, add constraint flights_pkey primary key (id);
alter table hotels drop constraint hotels_pkey, add constraint hotels_pkey primary key (id);
alter table transportation drop constraint transportation_pkey, add constraint transportation_pkey primary key (id);
alter table car_rentals drop constraint car_rentals_pkey, add constraint car_rentals_pkey primary key (id);
alter table events drop constraint events_pkey, add constraint events_pkey primary key (id);
alter table vouchers drop constraint vouchers_pkey, add constraint vouchers_pkey primary key (id);
alter table voucher_attachments drop constraint voucher_attachments_pkey, add constraint voucher_attachments_pkey primary key (id);
alter table trip_invitations drop constraint trip_invitations_pkey, add constraint trip_invitations_pkey primary key (id);

alter table flights add constraint flights_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table hotels add constraint hotels_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table transportation add constraint transportation_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table car_rentals add constraint car_rentals_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table events add constraint events_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade;
alter table trip_companions
    add constraint trip_companions_trip_id_fkey foreign key ("tripId") references trips (id) on delete cascade,
    add constraint trip_companions_companion_id_fkey foreign key ("companionId") references travel_companions (id) on delete cascade;
alter table companion_relationships add constraint companion_relationships_companion_id_fkey
    foreign key ("companionId") references travel_companions (id) on delete cascade;
alter table trip_invitations add constraint trip_invitations_trip_id_fkey foreign key ("tripId") references trips (id) on delete cascade;
alter table vouchers add constraint vouchers_parent_voucher_id_fkey foreign key ("parentVoucherId") references vouchers (id) on delete set null;
alter table voucher_attachments
    add constraint voucher_attachments_voucher_id_fkey foreign key ("voucherId") references vouchers (id),
    add constraint voucher_attachments_flight_id_fkey foreign key ("flightId") references flights (id) on delete cascade;

alter table trip_companions drop column "userId";
alter table companion_relationships drop column "createdBy";
alter table voucher_attachments drop column "userId";
alter table item_companions drop column "userId";
