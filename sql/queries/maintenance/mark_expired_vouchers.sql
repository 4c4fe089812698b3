-- The expiry sweep: unused or partly used vouchers past their expiration date become EXPIRED.
-- @Today comes from the library's clock, not current_date.
update vouchers
set status = 'EXPIRED'
where status in ('OPEN', 'PARTIALLY_USED')
  and "expirationDate" < @Today;
