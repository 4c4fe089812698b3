-- Inserts only when both the trip and the companion belong to @UserId; no row back means one of them does not.
-- A duplicate violates trip_companions_trip_id_companion_id_key (a conflict).
insert into trip_companions ("userId", "tripId", "companionId")
select t."userId", t.id, c.id
from trips t
join travel_companions c on c.id = @CompanionId and c."createdBy" = @UserId
where t.id = @TripId and t."userId" = @UserId
returning id, "tripId", "companionId", "createdAt";
