-- Owner only. Its item companions go too (statement trigger).
delete from events
where id = @Id
  and "userId" = @UserId;
