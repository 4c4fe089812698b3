-- Where the primary's WAL ends now, taken right after a commit: at or past the commit record (the insert
-- position, not pg_current_wal_lsn(): with synchronous_commit off the commit may not be written out yet).
-- A standby whose replay position reached it has replayed the commit.
select pg_current_wal_insert_lsn();
