-- airports: static reference data (seed: Airports), loaded by the console's seed-airports command.

create table airports (
    iata      varchar(3)    not null,
    icao      varchar(4),
    name      varchar(255)  not null,
    city      varchar(255)  not null,
    country   varchar(255)  not null,
    latitude  decimal(10,6),
    longitude decimal(10,6),
    timezone  varchar(50),
    constraint airports_pkey primary key (iata),
    constraint airports_iata_format check (iata ~ '^[A-Z]{3}$'),
    constraint airports_icao_format check (icao is null or icao ~ '^[A-Z0-9]{4}$'),
    constraint airports_latitude_range check (latitude between -90 and 90),
    constraint airports_longitude_range check (longitude between -180 and 180)
);

-- The seed's btree indexes.
create index airports_city on airports (city);
create index airports_name on airports (name);

-- Trigram indexes: case-insensitive substring search (lower(x) like '%q%') uses them.
create index airports_city_trgm on airports using gin (lower(city) gin_trgm_ops);
create index airports_name_trgm on airports using gin (lower(name) gin_trgm_ops);
