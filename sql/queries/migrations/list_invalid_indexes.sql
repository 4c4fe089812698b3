-- Indexes left invalid by a failed CREATE INDEX CONCURRENTLY: unusable, yet maintained on every write.
select c.relname
from pg_index x
join pg_class c on c.oid = x.indexrelid
join pg_namespace n on n.oid = c.relnamespace
where not x.indisvalid and n.nspname not in ('pg_catalog', 'information_schema')
order by c.relname;
