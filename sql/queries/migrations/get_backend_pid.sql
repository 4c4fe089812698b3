-- This session's server process: the migrator compares it across connections to detect a transaction-mode pooler.
select pg_backend_pid();
