-- pgbench -M prepared script: get airport by code, the statements of sql/queries/airports/get_airport_by_code.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D).
select iata, icao, name, city, country, latitude, longitude, timezone
from airports
where iata = :Code;
