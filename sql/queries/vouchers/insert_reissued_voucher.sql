-- Parameters carry casts: a Citus worker receiving this statement cannot always infer their types.
-- The child carries the parent's remaining balance and everything else but the number: the first
-- free one of <base>-R<generation>, <base>-R<generation+1>, ... (a number the owner already holds is skipped,
-- so it cannot block the reissue for good).
with number as (
    select @Base::text || '-R' || g as value
    from generate_series(@Generation::int, @Generation::int + 999) g
    where not exists (select 1 from vouchers x where x."userId" = @UserId::uuid and x."voucherNumber" = @Base::text || '-R' || g)
    order by g
    limit 1
)
insert into vouchers as v ("userId", type, issuer, "voucherNumber", "associatedAccount", currency,
                           "totalValue", "usedAmount", status, "expirationDate", "parentVoucherId", notes)
select p."userId", p.type, p.issuer, (select value from number), p."associatedAccount", p.currency,
       p."totalValue" - p."usedAmount", 0, 'OPEN', p."expirationDate", p.id, p.notes
from vouchers p
where p.id = @ParentId::uuid and p."userId" = @UserId::uuid
returning v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       -- Effective status: past its expiration date an unused or partly used voucher is EXPIRED, swept or not.
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today::date then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt";
