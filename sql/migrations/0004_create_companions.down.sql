-- Reverses 0004_create_companions.sql.
drop table if exists companion_relationships;
drop trigger if exists users_delete_item_companions on users;
drop table if exists item_companions;
drop table if exists trip_companions;
drop table if exists travel_companions;
drop function if exists delete_item_companions_of_travelers();
drop function if exists delete_item_companions_of_items();
