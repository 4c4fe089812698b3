update public.schemaversions
set checksum = @checksum
where scriptname = @scriptName;
