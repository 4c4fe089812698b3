-- The seed's index report, least used first.
select schemaname as "schemaName",
       relname as "table",
       indexrelname as "index",
       idx_scan as "scans"
from pg_stat_user_indexes
order by idx_scan, relname, indexrelname;
