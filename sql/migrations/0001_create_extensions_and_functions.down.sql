-- Reverses 0001_create_extensions_and_functions.sql.
drop function if exists set_updated_at();
drop extension if exists pg_trgm;
