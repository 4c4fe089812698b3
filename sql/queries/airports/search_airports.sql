-- Ranking: the airport whose IATA code is the query; then the airports in a city of exactly that name, the
-- most significant first (airports.significance, migration 0010: a large airport with scheduled service before
-- a medium one, before airfields without scheduled service) and by name within a level, so "london" starts
-- with Gatwick, Heathrow, Luton, Stansted, then London City; "chicago" with Midway, then O'Hare; then every
-- other match by name, as the seed ranks them (iata breaks ties so pages are stable).
-- lower(city) / lower(name) are written exactly as the expressions of the trigram indexes airports_city_trgm /
-- airports_name_trgm, so a 3+ character query is answered from them (a BitmapOr with the primary key for the
-- iata arm). @Pattern arrives with %, _ and \ escaped.
-- The search values are (select ...) sub-selects on purpose: the planner cannot look into them, so every custom
-- plan costs what the generic plan costs, and PostgreSQL keeps the generic plan after five executions instead of
-- planning every call again (with the values visible, the trigram estimates made each custom plan look cheaper
-- and planning cost more than executing: issue 16).
select iata, icao, name, city, country, latitude, longitude, timezone
from airports
where lower(city) like (select lower(@Pattern))
   or lower(name) like (select lower(@Pattern))
   or iata = (select upper(@Query))
order by
    iata = upper(@Query) desc,
    case when lower(city) = lower(@Query) then significance else -1 end desc,
    name,
    iata
limit @Limit;
