-- Owner only. Its item companions go too (statement trigger).
delete from transportation
where id = @Id
  and "userId" = @UserId;
