-- Runs right after the script, inside its transaction when it has one. @durationMs is timed in C#
-- from just before the script ran: outside a transaction now() is this INSERT's own start.
insert into public.schemaversions (scriptname, applied, checksum, applied_by, duration_ms)
values (@scriptName, now() at time zone 'utc', @checksum, @appliedBy, @durationMs);
