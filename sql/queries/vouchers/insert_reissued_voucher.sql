-- The child carries the parent's remaining balance and everything else but the number (@VoucherNumber, from
-- vouchers/next_reissue_number); the parent's values come from its row locked earlier in the same transaction
-- (vouchers/lock_voucher). A plain INSERT ... VALUES, a router insert on the owner's shard of a cluster: as an
-- INSERT ... SELECT from the parent's row (with or without casts, with or without a CTE) Citus planned it through
-- the coordinator and sent the workers a parameter without its type (42P18).
insert into vouchers as v ("userId", type, issuer, "voucherNumber", "associatedAccount", currency,
                           "totalValue", "usedAmount", status, "expirationDate", "parentVoucherId", notes)
values (@UserId, @Type, @Issuer, @VoucherNumber, @AssociatedAccount, @Currency,
        @TotalValue, 0, 'OPEN', @ExpirationDate, @ParentId, @Notes)
returning v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       -- Effective status: past its expiration date an unused or partly used voucher is EXPIRED, swept or not.
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt";
