-- Runs after lock_voucher in the reissue transaction; "usedAmount" stays as the record of what was spent.
update vouchers
set status = 'TRANSFERRED'
where id = @Id and "userId" = @UserId;
