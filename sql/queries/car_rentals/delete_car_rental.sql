-- Owner only. Its item companions go too (statement trigger).
delete from car_rentals
where id = @Id
  and "userId" = @UserId;
