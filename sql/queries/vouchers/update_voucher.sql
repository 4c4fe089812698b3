-- Runs after lock_voucher in the same transaction. The status follows the (possibly new) total:
-- TRANSFERRED stays; EXPIRED stays unless the new expiration date lies ahead; otherwise from "usedAmount".
update vouchers as v
set type = @Type,
    issuer = @Issuer,
    "voucherNumber" = @VoucherNumber,
    "associatedAccount" = @AssociatedAccount,
    currency = @Currency,
    "totalValue" = @TotalValue,
    "expirationDate" = @ExpirationDate,
    notes = @Notes,
    status = case
        when v.status = 'TRANSFERRED' then v.status
        when v.status = 'EXPIRED' and @ExpirationDate::date < @Today then v.status
        when v."usedAmount" = 0 then 'OPEN'
        when v."usedAmount" < @TotalValue then 'PARTIALLY_USED'
        else 'USED'
    end
where v.id = @Id and v."userId" = @UserId
returning v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       -- Effective status: past its expiration date an unused or partly used voucher is EXPIRED, swept or not.
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt";
