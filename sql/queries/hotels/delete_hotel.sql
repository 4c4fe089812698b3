-- Owner only. Its item companions go too (statement trigger).
delete from hotels
where id = @Id
  and "userId" = @UserId;
