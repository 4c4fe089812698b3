select to_regclass('public.schemaversions') is not null;
