-- Reverses 0002_create_users_and_trips.sql.
drop table if exists trips;
drop table if exists users;
