-- The five item tables a trip has (seed: Flights; hotels, transportation, car_rentals and events
-- are the REQUIREMENTS' additions). Every item has an owner ("userId", the one deliberate
-- deviation from the seed: standalone items need one) and an optional trip. The foreign key on
-- ("tripId", "userId") means an item can only sit in a trip its own owner owns; deleting the trip
-- deletes its items, deleting the user deletes everything they own.

create table flights (
    id                  uuid        not null default gen_random_uuid(),
    "userId"            uuid        not null,
    "tripId"            uuid,
    "flightNumber"      varchar(20) not null,
    origin              varchar(10) not null,
    destination         varchar(10) not null,
    "departureDateTime" timestamptz not null,
    "arrivalDateTime"   timestamptz not null,
    "seatNumber"        varchar(10),
    "confirmationCode"  varchar(50),
    notes               text,
    "createdAt"         timestamptz not null default now(),
    "updatedAt"         timestamptz not null default now(),
    constraint flights_pkey primary key (id),
    constraint flights_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint flights_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade,
    constraint flights_arrival_after_departure check ("arrivalDateTime" > "departureDateTime"),
    constraint flights_flight_number_not_blank check (btrim("flightNumber") <> ''),
    constraint flights_origin_not_blank check (btrim(origin) <> ''),
    constraint flights_destination_not_blank check (btrim(destination) <> '')
);

create index flights_trip_id on flights ("tripId");
create index flights_departure_date_time on flights ("departureDateTime");
create index flights_origin_destination on flights (origin, destination);
create index flights_user_id on flights ("userId");

create trigger flights_set_updated_at before update on flights
    for each row execute function set_updated_at();
create trigger flights_delete_item_companions after delete on flights
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('FLIGHT');

create table hotels (
    id                   uuid         not null default gen_random_uuid(),
    "userId"             uuid         not null,
    "tripId"             uuid,
    name                 varchar(255) not null,
    address              text,
    "checkInDateTime"    timestamptz  not null,
    "checkOutDateTime"   timestamptz  not null,
    "confirmationNumber" varchar(50),
    notes                text,
    "createdAt"          timestamptz  not null default now(),
    "updatedAt"          timestamptz  not null default now(),
    constraint hotels_pkey primary key (id),
    constraint hotels_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint hotels_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade,
    constraint hotels_check_out_after_check_in check ("checkOutDateTime" > "checkInDateTime"),
    constraint hotels_name_not_blank check (btrim(name) <> '')
);

create index hotels_trip_id on hotels ("tripId");
create index hotels_user_id on hotels ("userId");
create index hotels_check_in_date_time on hotels ("checkInDateTime");

create trigger hotels_set_updated_at before update on hotels
    for each row execute function set_updated_at();
create trigger hotels_delete_item_companions after delete on hotels
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('HOTEL');

create table transportation (
    id                   uuid         not null default gen_random_uuid(),
    "userId"             uuid         not null,
    "tripId"             uuid,
    type                 varchar(20)  not null,
    carrier              varchar(255),
    origin               varchar(255) not null,
    destination          varchar(255) not null,
    "departureDateTime"  timestamptz  not null,
    "arrivalDateTime"    timestamptz  not null,
    "confirmationNumber" varchar(50),
    notes                text,
    "createdAt"          timestamptz  not null default now(),
    "updatedAt"          timestamptz  not null default now(),
    constraint transportation_pkey primary key (id),
    constraint transportation_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint transportation_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade,
    constraint transportation_type_check
        check (type in ('train', 'bus', 'ferry', 'shuttle', 'taxi', 'subway', 'other')),
    constraint transportation_arrival_after_departure check ("arrivalDateTime" > "departureDateTime"),
    constraint transportation_origin_not_blank check (btrim(origin) <> ''),
    constraint transportation_destination_not_blank check (btrim(destination) <> '')
);

create index transportation_trip_id on transportation ("tripId");
create index transportation_user_id on transportation ("userId");
create index transportation_departure_date_time on transportation ("departureDateTime");

create trigger transportation_set_updated_at before update on transportation
    for each row execute function set_updated_at();
create trigger transportation_delete_item_companions after delete on transportation
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('TRANSPORTATION');

create table car_rentals (
    id                   uuid         not null default gen_random_uuid(),
    "userId"             uuid         not null,
    "tripId"             uuid,
    company              varchar(255) not null,
    "pickupLocation"     varchar(255) not null,
    "dropoffLocation"    varchar(255) not null,
    "pickupDateTime"     timestamptz  not null,
    "dropoffDateTime"    timestamptz  not null,
    "confirmationNumber" varchar(50),
    notes                text,
    "createdAt"          timestamptz  not null default now(),
    "updatedAt"          timestamptz  not null default now(),
    constraint car_rentals_pkey primary key (id),
    constraint car_rentals_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint car_rentals_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade,
    constraint car_rentals_dropoff_after_pickup check ("dropoffDateTime" > "pickupDateTime"),
    constraint car_rentals_company_not_blank check (btrim(company) <> ''),
    constraint car_rentals_pickup_location_not_blank check (btrim("pickupLocation") <> ''),
    constraint car_rentals_dropoff_location_not_blank check (btrim("dropoffLocation") <> '')
);

create index car_rentals_trip_id on car_rentals ("tripId");
create index car_rentals_user_id on car_rentals ("userId");
create index car_rentals_pickup_date_time on car_rentals ("pickupDateTime");

create trigger car_rentals_set_updated_at before update on car_rentals
    for each row execute function set_updated_at();
create trigger car_rentals_delete_item_companions after delete on car_rentals
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('CAR_RENTAL');

create table events (
    id                uuid         not null default gen_random_uuid(),
    "userId"          uuid         not null,
    "tripId"          uuid,
    name              varchar(255) not null,
    location          varchar(255),
    "startDateTime"   timestamptz  not null,
    "endDateTime"     timestamptz  not null,
    notes             text,
    "createdAt"       timestamptz  not null default now(),
    "updatedAt"       timestamptz  not null default now(),
    constraint events_pkey primary key (id),
    constraint events_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint events_trip_id_fkey foreign key ("tripId", "userId") references trips (id, "userId") on delete cascade,
    -- An event may be a moment (end = start), never end before it starts.
    constraint events_end_not_before_start check ("endDateTime" >= "startDateTime"),
    constraint events_name_not_blank check (btrim(name) <> '')
);

create index events_trip_id on events ("tripId");
create index events_user_id on events ("userId");
create index events_start_date_time on events ("startDateTime");

create trigger events_set_updated_at before update on events
    for each row execute function set_updated_at();
create trigger events_delete_item_companions after delete on events
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_items('EVENT');
