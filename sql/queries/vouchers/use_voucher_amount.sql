-- Runs after lock_voucher in the same transaction, which has checked status, expiry and balance.
-- The guard repeats the balance rule so that even without the lock nothing could be overdrawn.
update vouchers as v
set "usedAmount" = v."usedAmount" + @Amount,
    status = case when v."usedAmount" + @Amount = v."totalValue" then 'USED' else 'PARTIALLY_USED' end
where v.id = @Id
  and v."userId" = @UserId
  and v."usedAmount" + @Amount <= v."totalValue"
  and v.status in ('OPEN', 'PARTIALLY_USED')
returning v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       -- Effective status: past its expiration date an unused or partly used voucher is EXPIRED, swept or not.
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt";
