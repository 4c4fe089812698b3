select exists (select 1 from trips where id = @TripId and "userId" = @UserId);
