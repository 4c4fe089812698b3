-- Owner only. Its item companions go too (statement trigger), its voucher attachments by cascade. Returns the id, or no row when nothing matched.
delete from flights
where id = @Id
  and "userId" = @UserId
returning id;
