copy airport_staging (iata, icao, name, city, country, latitude, longitude, timezone) from stdin (format binary)
