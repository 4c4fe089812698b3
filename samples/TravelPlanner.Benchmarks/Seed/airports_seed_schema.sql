-- The seed's airports table as the seed indexes it (btree on city and name only, no trigram), holding the
-- same rows: the "without the trigram index" side of the airport search comparison.
drop table if exists airports_seed_schema;
create table airports_seed_schema (like airports including constraints);
insert into airports_seed_schema select * from airports;
alter table airports_seed_schema add primary key (iata);
create index airports_seed_schema_city on airports_seed_schema (city);
create index airports_seed_schema_name on airports_seed_schema (name);
