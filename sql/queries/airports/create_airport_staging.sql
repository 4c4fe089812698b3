-- Session-private staging table for one import; gone at commit. "like" keeps its columns in step
-- with the migrations (types and not-null, no checks: the upsert into airports applies those).
create temporary table airport_staging (like airports) on commit drop;
