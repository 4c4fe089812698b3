-- Extensions and shared trigger functions used by every later migration.

-- Trigram matching for airport search (trusted extension: the database owner may create it).
create extension if not exists pg_trgm;

-- "updatedAt" is maintained by the database, not by callers.
create or replace function set_updated_at() returns trigger
language plpgsql as $$
begin
    new."updatedAt" := now();
    return new;
end;
$$;
