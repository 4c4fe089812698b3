-- Over the trips the user owns; @Today is the UTC date from the library's TimeProvider. Items are
-- counted per owner ("userId" is indexed): an item in a trip always has the trip's owner.
select count(*)::int as "total",
       (count(*) filter (where t."departureDate" >= @Today))::int as "upcoming",
       (count(*) filter (where t."departureDate" < @Today and t."returnDate" >= @Today))::int as "current",
       (count(*) filter (where t."returnDate" < @Today))::int as "past",
       (count(*) filter (where t.purpose = 'pleasure'))::int as "pleasure",
       (count(*) filter (where t.purpose = 'business'))::int as "business",
       (count(*) filter (where t.purpose = 'other'))::int as "other",
       (select count(*)::int from flights f where f."userId" = @UserId and f."tripId" is not null) as "flights",
       (select count(*)::int from hotels h where h."userId" = @UserId and h."tripId" is not null) as "hotels",
       (select count(*)::int from transportation tr where tr."userId" = @UserId and tr."tripId" is not null) as "transportation",
       (select count(*)::int from car_rentals c where c."userId" = @UserId and c."tripId" is not null) as "carRentals",
       (select count(*)::int from events e where e."userId" = @UserId and e."tripId" is not null) as "events"
from trips t
where t."userId" = @UserId;
