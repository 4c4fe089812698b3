select iata, icao, name, city, country, latitude, longitude, timezone
from airports
where iata = @Code;
