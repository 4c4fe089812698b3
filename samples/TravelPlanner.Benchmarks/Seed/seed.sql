-- Benchmark data, set-based (INSERT ... SELECT generate_series): one statement per table, run once per
-- run on a freshly migrated database whose airports table AirportImporter has loaded. Ids are
-- deterministic so pgbench scripts and benchmarks can name rows: user n is
-- 00000000-0000-4000-8000-<n in 12 digits>, trip t is 10000000-0000-4000-8000-<t>; user n owns
-- trips (n-1)*@TripsPerUser+1 .. n*@TripsPerUser. The fixed benchmark rows follow in fixtures.sql.
create function pg_temp.user_id(n bigint) returns uuid language sql immutable
    as $$ select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;
create function pg_temp.trip_id(t bigint) returns uuid language sql immutable
    as $$ select ('10000000-0000-4000-8000-' || lpad(t::text, 12, '0'))::uuid $$;
create function pg_temp.trip_owner(t bigint) returns bigint language sql immutable
    as $$ select (t - 1) / @TripsPerUser + 1 $$;
create function pg_temp.departs(t bigint) returns date language sql stable
    as $$ select current_date + ((t * 37) % 730 - 365)::int $$;

create temporary table bench_codes as
select row_number() over (order by iata) as n, iata from airports;

insert into users (id, email, password, "firstName", "lastName")
select pg_temp.user_id(n), 'user' || n || '@bench.example',
       '$2a$12$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm', 'First' || n, 'Last' || n
from generate_series(1, @Users) n;

insert into user_emails (email, "userId")
select email, id from users;

insert into trips (id, "userId", name, "departureDate", "returnDate", purpose, description)
select pg_temp.trip_id(t), pg_temp.user_id(pg_temp.trip_owner(t)),
       'Trip ' || t || ' to ' || (array['Tokyo', 'Lisbon', 'Chicago', 'London', 'Lima', 'Oslo'])[t % 6 + 1],
       pg_temp.departs(t), pg_temp.departs(t) + (t % 15)::int,
       (array['pleasure', 'business', 'other'])[t % 3 + 1],
       case when t % 4 = 0 then 'Notes for trip ' || t end
from generate_series(1, @Users * @TripsPerUser) t;

-- Two flights per trip, between airports picked by arithmetic over the loaded codes.
insert into flights ("userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime", "seatNumber", "confirmationCode")
select pg_temp.user_id(pg_temp.trip_owner(t)), pg_temp.trip_id(t), 'BA' || (100 + (t * 7 + k) % 900), o.iata, d.iata,
       pg_temp.departs(t) + 3 * k + time '08:00', pg_temp.departs(t) + 3 * k + time '16:30',
       (t % 40 + 1) || 'C', 'CONF' || t || k
from generate_series(1, @Users * @TripsPerUser) t
cross join generate_series(0, 1) k
join bench_codes o on o.n = (t * 13 + k) % (select count(*) from bench_codes) + 1
join bench_codes d on d.n = (t * 29 + k + 7) % (select count(*) from bench_codes) + 1;

insert into hotels ("userId", "tripId", name, address, "checkInDateTime", "checkOutDateTime", "confirmationNumber")
select pg_temp.user_id(pg_temp.trip_owner(t)), pg_temp.trip_id(t), 'Hotel ' || t, 'Main street ' || t % 100,
       pg_temp.departs(t) + time '15:00', pg_temp.departs(t) + (t % 15)::int + 1 + time '11:00', 'H-' || t
from generate_series(1, @Users * @TripsPerUser) t;

insert into transportation ("userId", "tripId", type, carrier, origin, destination, "departureDateTime", "arrivalDateTime")
select pg_temp.user_id(pg_temp.trip_owner(t)), pg_temp.trip_id(t), (array['train', 'bus', 'ferry'])[t % 3 + 1], 'Rail Co',
       'Central', 'Airport', pg_temp.departs(t) + time '06:00', pg_temp.departs(t) + time '07:00'
from generate_series(2, @Users * @TripsPerUser, 2) t;

insert into car_rentals ("userId", "tripId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime")
select pg_temp.user_id(pg_temp.trip_owner(t)), pg_temp.trip_id(t), 'Cars Inc', 'Airport', 'Airport',
       pg_temp.departs(t) + time '18:00', pg_temp.departs(t) + (t % 15)::int + 1 + time '09:00'
from generate_series(5, @Users * @TripsPerUser, 5) t;

insert into events ("userId", "tripId", name, location, "startDateTime", "endDateTime")
select pg_temp.user_id(pg_temp.trip_owner(t)), pg_temp.trip_id(t), 'Museum visit', 'Old town',
       pg_temp.departs(t) + time '10:00', pg_temp.departs(t) + time '12:00'
from generate_series(1, @Users * @TripsPerUser) t;

-- A standalone flight per user (no trip).
insert into flights ("userId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime")
select pg_temp.user_id(n), 'LH400', 'FRA', 'JFK', now() + interval '30 days', now() + interval '30 days 8 hours'
from generate_series(1, @Users) n;

insert into travel_companions ("createdBy", name, email, relationship)
select pg_temp.user_id(n), 'Companion ' || k || ' of user ' || n, 'c' || k || '.user' || n || '@bench.example',
       (array['friend', 'family', 'colleague'])[k]
from generate_series(1, @Users) n
cross join generate_series(1, 3) k;

insert into trip_companions ("userId", "tripId", "companionId")
select t."userId", t.id, c.id
from trips t
join lateral (select c.id from travel_companions c where c."createdBy" = t."userId" order by c.id limit 1) c on true;

insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId")
select f."userId", 'FLIGHT', f.id, 'USER', f."userId"
from flights f
where f."tripId" is not null;

-- Every fifth trip is shared with the owner's next user (accepted), so lists hold shared trips too.
insert into trip_invitations ("tripId", "invitedUserId", "invitedBy", status)
select pg_temp.trip_id(t), pg_temp.user_id(pg_temp.trip_owner(t) % @Users + 1), pg_temp.user_id(pg_temp.trip_owner(t)), 'accepted'
from generate_series(5, @Users * @TripsPerUser, 5) t;

-- As accepting does (users."hasSharedTrips"), after the invitations exist: these users' lists include shared trips.
update users set "hasSharedTrips" = true
where id in (select "invitedUserId" from trip_invitations where status = 'accepted');

insert into vouchers ("userId", type, issuer, "voucherNumber", currency, "totalValue", "usedAmount", status, "expirationDate")
select pg_temp.user_id(n), (array['FLIGHT', 'HOTEL'])[k], 'Airline', 'V-' || n || '-' || k, 'USD',
       500, case when k = 2 then 120 else 0 end, case when k = 2 then 'PARTIALLY_USED' else 'OPEN' end, current_date + 200
from generate_series(1, @Users) n
cross join generate_series(1, 2) k;
