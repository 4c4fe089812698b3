-- Companion profiles and the tables that link them (seed: TravelCompanions, TripCompanions,
-- ItemCompanions, CompanionRelationships).

create table travel_companions (
    id             uuid         not null default gen_random_uuid(),
    "createdBy"    uuid         not null,
    "userId"       uuid,
    name           varchar(255) not null,
    email          varchar(255),
    "dateOfBirth"  date,
    relationship   varchar(50),
    "createdAt"    timestamptz  not null default now(),
    "updatedAt"    timestamptz  not null default now(),
    constraint travel_companions_pkey primary key (id),
    constraint travel_companions_created_by_fkey foreign key ("createdBy") references users (id) on delete cascade,
    -- A linked account going away unlinks the profile; the creator keeps it.
    constraint travel_companions_user_id_fkey foreign key ("userId") references users (id) on delete set null,
    constraint travel_companions_name_not_blank check (btrim(name) <> ''),
    constraint travel_companions_email_format check (email is null or position('@' in email) > 1)
);

create index travel_companions_created_by on travel_companions ("createdBy");
create index travel_companions_user_id on travel_companions ("userId");
create index travel_companions_email on travel_companions (email);
-- The seed leaves "(createdBy, email) unique" to the application; here it is case-insensitive and enforced.
create unique index travel_companions_created_by_email_key on travel_companions ("createdBy", lower(email));

create trigger travel_companions_set_updated_at before update on travel_companions
    for each row execute function set_updated_at();

create table trip_companions (
    id            uuid        not null default gen_random_uuid(),
    "tripId"      uuid        not null,
    "companionId" uuid        not null,
    "createdAt"   timestamptz not null default now(),
    "updatedAt"   timestamptz not null default now(),
    constraint trip_companions_pkey primary key (id),
    constraint trip_companions_trip_id_fkey foreign key ("tripId") references trips (id) on delete cascade,
    constraint trip_companions_companion_id_fkey foreign key ("companionId") references travel_companions (id) on delete cascade,
    constraint trip_companions_trip_id_companion_id_key unique ("tripId", "companionId")
);

create index trip_companions_trip_id on trip_companions ("tripId");
create index trip_companions_companion_id on trip_companions ("companionId");

create trigger trip_companions_set_updated_at before update on trip_companions
    for each row execute function set_updated_at();

-- Polymorphic: ("itemType", "itemId") points into one of the item tables and ("travelerType",
-- "travelerId") at a user or a companion. No foreign key can say that, so triggers on the
-- referenced tables delete the rows that would dangle (see delete_item_companions_*).
create table item_companions (
    id             uuid        not null default gen_random_uuid(),
    "itemType"     varchar(50) not null,
    "itemId"       uuid        not null,
    "travelerType" varchar(20) not null,
    "travelerId"   uuid        not null,
    "createdAt"    timestamptz not null default now(),
    "updatedAt"    timestamptz not null default now(),
    constraint item_companions_pkey primary key (id),
    constraint item_companions_item_type_check
        check ("itemType" in ('FLIGHT', 'HOTEL', 'TRANSPORTATION', 'CAR_RENTAL', 'EVENT')),
    constraint item_companions_traveler_type_check check ("travelerType" in ('USER', 'COMPANION')),
    constraint item_companions_item_traveler_key unique ("itemType", "itemId", "travelerType", "travelerId")
);

create index item_companions_item on item_companions ("itemType", "itemId");
create index item_companions_traveler on item_companions ("travelerType", "travelerId");

create trigger item_companions_set_updated_at before update on item_companions
    for each row execute function set_updated_at();

-- Statement-level with a transition table: one delete per statement, however many rows went.
create function delete_item_companions_of_items() returns trigger
language plpgsql as $$
begin
    delete from item_companions ic
    using deleted_rows d
    where ic."itemType" = tg_argv[0] and ic."itemId" = d.id;
    return null;
end;
$$;

create function delete_item_companions_of_travelers() returns trigger
language plpgsql as $$
begin
    delete from item_companions ic
    using deleted_rows d
    where ic."travelerType" = tg_argv[0] and ic."travelerId" = d.id;
    return null;
end;
$$;

create trigger travel_companions_delete_item_companions after delete on travel_companions
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_travelers('COMPANION');

create trigger users_delete_item_companions after delete on users
    referencing old table as deleted_rows
    for each statement execute function delete_item_companions_of_travelers('USER');

create table companion_relationships (
    id            uuid        not null default gen_random_uuid(),
    "companionId" uuid        not null,
    "userId"      uuid        not null,
    "createdAt"   timestamptz not null default now(),
    "updatedAt"   timestamptz not null default now(),
    constraint companion_relationships_pkey primary key (id),
    constraint companion_relationships_companion_id_fkey foreign key ("companionId") references travel_companions (id) on delete cascade,
    constraint companion_relationships_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint companion_relationships_companion_id_user_id_key unique ("companionId", "userId")
);

create index companion_relationships_companion_id on companion_relationships ("companionId");
create index companion_relationships_user_id on companion_relationships ("userId");

create trigger companion_relationships_set_updated_at before update on companion_relationships
    for each row execute function set_updated_at();
