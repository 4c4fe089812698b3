-- Session-private staging table for one import; gone at commit. "like" keeps its columns in step
-- with the migrations (types and not-null, no checks: the upsert into airports applies those); defaults
-- too, for significance, which the CSV does not carry (the upsert takes it from airport_significance).
create temporary table airport_staging (like airports including defaults) on commit drop;
