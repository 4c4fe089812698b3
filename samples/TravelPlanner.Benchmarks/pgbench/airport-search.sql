-- pgbench -M prepared script: airport search, the statements of sql/queries/airports/search_airports.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D).
select iata, icao, name, city, country, latitude, longitude, timezone
from airports
where lower(city) like lower(:Pattern)
   or lower(name) like lower(:Pattern)
   or iata = upper(:Query)
order by
    case when iata = upper(:Query) then 0 else 1 end,
    case when lower(city) = lower(:Query) then 0 else 1 end,
    name,
    iata
limit :Limit;
