-- users and trips (seed: Users, Trips).

create table users (
    id          uuid         not null default gen_random_uuid(),
    email       varchar(255) not null,
    password    varchar(255) not null,
    "firstName" varchar(100) not null,
    "lastName"  varchar(100) not null,
    "createdAt" timestamptz  not null default now(),
    "updatedAt" timestamptz  not null default now(),
    constraint users_pkey primary key (id),
    constraint users_email_key unique (email),
    -- The library normalises e-mail addresses to lower case; the database refuses anything else.
    constraint users_email_normalised check (email = lower(btrim(email)) and position('@' in email) > 1),
    constraint users_first_name_not_blank check (btrim("firstName") <> ''),
    constraint users_last_name_not_blank check (btrim("lastName") <> '')
);

create trigger users_set_updated_at before update on users
    for each row execute function set_updated_at();

create table trips (
    id              uuid         not null default gen_random_uuid(),
    "userId"        uuid         not null,
    name            varchar(255) not null,
    "departureDate" date         not null,
    "returnDate"    date         not null,
    purpose         varchar(50)  not null default 'pleasure',
    description     text,
    "createdAt"     timestamptz  not null default now(),
    "updatedAt"     timestamptz  not null default now(),
    constraint trips_pkey primary key (id),
    -- Lets item tables reference (tripId, userId): an item can only sit in a trip of its own owner.
    constraint trips_id_user_id_key unique (id, "userId"),
    constraint trips_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    constraint trips_return_date_not_before_departure check ("returnDate" >= "departureDate"),
    constraint trips_purpose_check check (purpose in ('pleasure', 'business', 'other')),
    constraint trips_name_not_blank check (btrim(name) <> '')
);

create index trips_user_id on trips ("userId");
create index trips_departure_date on trips ("departureDate");
create index trips_return_date on trips ("returnDate");

create trigger trips_set_updated_at before update on trips
    for each row execute function set_updated_at();
