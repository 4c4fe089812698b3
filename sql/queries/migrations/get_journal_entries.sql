-- Read only when journal_exists says so. Columns this journal adds are read through to_jsonb so a
-- journal written by plain DbUp (without them) reads too, as null, before it is upgraded.
-- "applied" is UTC as this journal writes it (plain DbUp wrote the migrating machine's local time).
select v.scriptname as "ScriptName",
       to_jsonb(v) ->> 'checksum' as "Checksum",
       v.applied as "AppliedAtUtc",
       to_jsonb(v) ->> 'applied_by' as "AppliedBy",
       (to_jsonb(v) ->> 'duration_ms')::integer as "DurationMs"
from public.schemaversions v
order by v.schemaversionsid;
