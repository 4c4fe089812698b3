delete from public.schemaversions
where scriptname = @scriptName;
