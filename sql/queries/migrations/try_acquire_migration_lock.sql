-- Session-level advisory lock held for a whole migrate run: concurrent migrators queue up.
select pg_try_advisory_lock(@key);
