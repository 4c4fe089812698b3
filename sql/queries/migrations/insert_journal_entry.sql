-- Runs inside the script's own transaction: now() is when the script started, clock_timestamp() is now.
insert into public.schemaversions (scriptname, applied, checksum, applied_by, duration_ms)
values (@scriptName, now() at time zone 'utc', @checksum, @appliedBy,
        (extract(epoch from clock_timestamp() - now()) * 1000)::integer);
