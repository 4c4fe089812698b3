-- Both must belong to @UserId: the flight (flights."userId") and the traveller (the user themself,
-- or a companion profile they created).
select exists (select 1 from flights where id = @FlightId and "userId" = @UserId) as "flightOwned",
       case @TravelerType
           when 'USER' then @TravelerId = @UserId
           when 'COMPANION' then exists (select 1 from travel_companions where id = @TravelerId and "createdBy" = @UserId)
           else false
       end as "travelerOwned";
