-- Owner only. Its item companions go too (statement trigger). Returns the id, or no row when nothing matched.
delete from transportation
where id = @Id
  and "userId" = @UserId
returning id;
