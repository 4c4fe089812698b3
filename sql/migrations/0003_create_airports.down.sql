-- Reverses 0003_create_airports.sql.
drop table if exists airports;
