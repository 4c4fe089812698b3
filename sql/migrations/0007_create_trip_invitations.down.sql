-- Reverses 0007_create_trip_invitations.sql.
drop table if exists trip_invitations;
