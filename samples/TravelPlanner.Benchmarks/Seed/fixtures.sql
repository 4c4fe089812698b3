-- The fixed rows the benchmarks and pgbench scripts name (BenchmarkIds.cs holds the same ids):
-- owner b0..01 with 30 trips (b1..01 has 20 items and 5 companions, b1..02 is empty, b1..03-30 have
-- a flight and a hotel each), 5 companions, vouchers b2..01-08 with a balance that never runs out;
-- writer b0..02 receives the created trips.
insert into users (id, email, password, "firstName", "lastName")
values ('b0000000-0000-4000-8000-000000000001', 'owner@bench.example', '$2a$12$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm', 'Bench', 'Owner'),
       ('b0000000-0000-4000-8000-000000000002', 'writer@bench.example', '$2a$12$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm', 'Bench', 'Writer');

insert into user_emails (email, "userId")
values ('owner@bench.example', 'b0000000-0000-4000-8000-000000000001'),
       ('writer@bench.example', 'b0000000-0000-4000-8000-000000000002');

insert into trips (id, "userId", name, "departureDate", "returnDate", purpose, description)
select ('b1000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, 'b0000000-0000-4000-8000-000000000001',
       'Bench trip ' || k, current_date + k, current_date + k + 7, 'pleasure', 'A trip the benchmarks read'
from generate_series(1, 30) k;

-- Trip 1: 8 flights, 4 hotels, 3 transportation, 2 car rentals, 3 events (20 items).
insert into flights (id, "userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime", "seatNumber")
select ('b3000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, 'b0000000-0000-4000-8000-000000000001',
       'b1000000-0000-4000-8000-000000000001', 'BA' || (200 + k), (array['LHR', 'ORD', 'JFK', 'CDG'])[k % 4 + 1],
       (array['ORD', 'JFK', 'CDG', 'LHR'])[k % 4 + 1], current_date + 1 + k * interval '6 hours',
       current_date + 1 + k * interval '6 hours' + interval '5 hours', k || 'A'
from generate_series(1, 8) k;

insert into hotels ("userId", "tripId", name, address, "checkInDateTime", "checkOutDateTime", "confirmationNumber")
select 'b0000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 'Bench hotel ' || k, 'Street ' || k,
       current_date + k + time '15:00', current_date + k + 1 + time '11:00', 'BH' || k
from generate_series(1, 4) k;

insert into transportation ("userId", "tripId", type, carrier, origin, destination, "departureDateTime", "arrivalDateTime")
select 'b0000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 'train', 'Rail ' || k, 'A', 'B',
       current_date + k + time '07:00', current_date + k + time '09:00'
from generate_series(1, 3) k;

insert into car_rentals ("userId", "tripId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime")
select 'b0000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 'Cars ' || k, 'Airport', 'Downtown',
       current_date + k + time '10:00', current_date + k + 2 + time '10:00'
from generate_series(1, 2) k;

insert into events ("userId", "tripId", name, location, "startDateTime", "endDateTime")
select 'b0000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 'Concert ' || k, 'Hall',
       current_date + k + time '20:00', current_date + k + time '22:00'
from generate_series(1, 3) k;

insert into travel_companions (id, "createdBy", name, email, relationship)
select ('b4000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, 'b0000000-0000-4000-8000-000000000001',
       'Bench companion ' || k, 'companion' || k || '@bench.example', 'friend'
from generate_series(1, 5) k;

insert into trip_companions ("userId", "tripId", "companionId")
select "createdBy", 'b1000000-0000-4000-8000-000000000001', id
from travel_companions
where "createdBy" = 'b0000000-0000-4000-8000-000000000001';

insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId")
select f."userId", 'FLIGHT', f.id, t.type, t.id
from flights f
cross join (values ('USER', 'b0000000-0000-4000-8000-000000000001'::uuid),
                   ('COMPANION', 'b4000000-0000-4000-8000-000000000001'::uuid)) t(type, id)
where f."tripId" = 'b1000000-0000-4000-8000-000000000001';

-- Trips 3-30: one flight and one hotel each, so the list page carries counts.
insert into flights ("userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime")
select 'b0000000-0000-4000-8000-000000000001', ('b1000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, 'AA' || k,
       'ORD', 'LHR', current_date + k + time '18:00', current_date + k + 1 + time '07:00'
from generate_series(3, 30) k;

insert into hotels ("userId", "tripId", name, "checkInDateTime", "checkOutDateTime")
select 'b0000000-0000-4000-8000-000000000001', ('b1000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, 'Hotel ' || k,
       current_date + k + 1 + time '15:00', current_date + k + 7 + time '11:00'
from generate_series(3, 30) k;

-- Vouchers whose balance outlasts any run (0.01 per attach), one per client so none waits on another's row lock.
insert into vouchers (id, "userId", type, issuer, "voucherNumber", currency, "totalValue", "expirationDate")
select ('b2000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, 'b0000000-0000-4000-8000-000000000001',
       'TRAVEL_CREDIT', 'Bench air', 'BENCH-' || k, 'USD', 99999999.99, current_date + 3650
from generate_series(1, 40) k;
