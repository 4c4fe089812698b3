-- Reverses 0005_create_trip_items.sql.
drop table if exists events;
drop table if exists car_rentals;
drop table if exists transportation;
drop table if exists hotels;
drop table if exists flights;
