-- The seed's ranking: the airport whose IATA code is the query, then airports in a city of exactly
-- that name, then by name (iata breaks ties so pages are stable).
-- lower(city) / lower(name) are written exactly as the expressions of the trigram indexes
-- airports_city_trgm / airports_name_trgm, so a 3+ character query is answered from them (a
-- BitmapOr with the primary key for the iata arm). @Pattern arrives with %, _ and \ escaped.
select iata, icao, name, city, country, latitude, longitude, timezone
from airports
where lower(city) like lower(@Pattern)
   or lower(name) like lower(@Pattern)
   or iata = upper(@Query)
order by
    case when iata = upper(@Query) then 0 else 1 end,
    case when lower(city) = lower(@Query) then 0 else 1 end,
    name,
    iata
limit @Limit;
