-- The first free one of <base>-R<generation>, <base>-R<generation+1>, ... among the owner's numbers (unique
-- per user), so a number the owner already holds cannot block a reissue for good. Runs in the reissue's
-- transaction after lock_voucher; vouchers/insert_reissued_voucher then uses it.
select @Base::text || '-R' || g
from generate_series(@Generation::int, @Generation::int + 999) g
where not exists (select 1 from vouchers x where x."userId" = @UserId::uuid and x."voucherNumber" = @Base::text || '-R' || g)
order by g
limit 1;
