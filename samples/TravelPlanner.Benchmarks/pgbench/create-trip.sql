-- pgbench -M prepared script: create trip, the statements of sql/queries/trips/insert_trip.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D).
insert into trips ("userId", name, "departureDate", "returnDate", purpose, description)
values (:UserId, :Name, :DepartureDate, :ReturnDate, :Purpose, :Description)
returning id, "userId", name, "departureDate", "returnDate", purpose, description, "createdAt", "updatedAt";
