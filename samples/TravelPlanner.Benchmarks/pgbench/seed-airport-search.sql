-- pgbench -M prepared script: the seed's airport search, AirportService.searchAirports(query, 10) as the seed runs it
-- (seed-schema-and-services.md, "Airports", sample query: LOWER(...) LIKE on city and name, ranked by an IATA match,
-- then an exact city, then name; $1 = :Pattern, '%chicago%', and $2 = :Query, 'chicago'), verbatim, on the library's
-- airports table and its indexes (trigram on lower(city) and lower(name), primary key on iata). The library's
-- statement is airport-search.sql.
SELECT iata, name, city, country, latitude, longitude
FROM airports
WHERE LOWER(city) LIKE LOWER(:Pattern) OR LOWER(name) LIKE LOWER(:Pattern)
ORDER BY
  CASE WHEN LOWER(iata) = LOWER(:Query) THEN 0 ELSE 1 END,
  CASE WHEN LOWER(city) = LOWER(:Query) THEN 0 ELSE 1 END,
  name ASC
LIMIT 10;
