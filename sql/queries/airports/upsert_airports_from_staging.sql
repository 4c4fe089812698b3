-- Inserts new codes and updates changed rows; a row whose values all match is not touched (no new
-- row version, no work for autovacuum, and the "unchanged" count is honest).
-- Every part of one statement sees the same snapshot, so "existing" is the table before the insert:
-- a written code that existed was updated, any other was inserted. significance comes from the lookup
-- migration 0010 ships (0 for a code it does not list); the search ranks by it.
with existing as (
    select s.iata
    from airport_staging s
    join airports a on a.iata = s.iata
),
written as (
    insert into airports as a (iata, icao, name, city, country, latitude, longitude, timezone, significance)
    select s.iata, s.icao, s.name, s.city, s.country, s.latitude, s.longitude, s.timezone, coalesce(g.significance, 0)
    from airport_staging s
    left join airport_significance g on g.iata = s.iata
    on conflict (iata) do update
    set icao = excluded.icao,
        name = excluded.name,
        city = excluded.city,
        country = excluded.country,
        latitude = excluded.latitude,
        longitude = excluded.longitude,
        timezone = excluded.timezone,
        significance = excluded.significance
    where (a.icao, a.name, a.city, a.country, a.latitude, a.longitude, a.timezone, a.significance)
          is distinct from
          (excluded.icao, excluded.name, excluded.city, excluded.country, excluded.latitude, excluded.longitude, excluded.timezone, excluded.significance)
    returning a.iata
)
select
    (select count(*) from written w where not exists (select 1 from existing e where e.iata = w.iata))::int as inserted,
    (select count(*) from written w where exists (select 1 from existing e where e.iata = w.iata))::int as updated,
    -- The codes written: a flight naming one shows the airport's name and city in its trip's details.
    array(select w.iata::text from written w) as codes;
