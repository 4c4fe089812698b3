-- The child carries the parent's remaining balance and everything else but the number (@VoucherNumber, from
-- vouchers/next_reissue_number). A plain insert from the parent's row, on the owner's shard of a cluster:
-- with the number found in a CTE of this statement, Citus ran it through the coordinator and lost a
-- parameter's type (42P18).
insert into vouchers as v ("userId", type, issuer, "voucherNumber", "associatedAccount", currency,
                           "totalValue", "usedAmount", status, "expirationDate", "parentVoucherId", notes)
select p."userId", p.type, p.issuer, @VoucherNumber, p."associatedAccount", p.currency,
       p."totalValue" - p."usedAmount", 0, 'OPEN', p."expirationDate", p.id, p.notes
from vouchers p
where p.id = @ParentId and p."userId" = @UserId
returning v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       -- Effective status: past its expiration date an unused or partly used voucher is EXPIRED, swept or not.
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt";
