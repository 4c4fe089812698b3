-- The seed's airport search exactly as written (seed-schema-and-services.md, AirportService), on the
-- seed-indexed copy of the table; $1 = '%query%', $2 = the query.
SELECT iata, name, city, country, latitude, longitude
FROM airports_seed_schema
WHERE LOWER(city) LIKE LOWER($1) OR LOWER(name) LIKE LOWER($1)
ORDER BY
  CASE WHEN LOWER(iata) = LOWER($2) THEN 0 ELSE 1 END,
  CASE WHEN LOWER(city) = LOWER($2) THEN 0 ELSE 1 END,
  name ASC
LIMIT 10;
