-- Owner only. Its item companions go too (statement trigger), its voucher attachments by cascade.
delete from flights
where id = @Id
  and "userId" = @UserId;
