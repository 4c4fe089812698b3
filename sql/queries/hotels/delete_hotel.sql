-- Owner only. Its item companions go too (statement trigger). Returns the id, or no row when nothing matched.
delete from hotels
where id = @Id
  and "userId" = @UserId
returning id;
