-- pgbench -M prepared script: airport search, the statements of sql/queries/airports/search_airports.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D).
select iata, icao, name, city, country, latitude, longitude, timezone
from airports
where lower(city) like (select lower(:Pattern))
   or lower(name) like (select lower(:Pattern))
   or iata = (select upper(:Query))
order by
    iata = upper(:Query) desc,
    case when lower(city) = lower(:Query) then significance else -1 end desc,
    name,
    iata
limit :Limit;
