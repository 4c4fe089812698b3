-- How far this standby has replayed the primary's WAL (null on a primary).
select pg_last_wal_replay_lsn();
