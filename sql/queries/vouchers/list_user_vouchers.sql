-- Optional filters are parameters (null = any); status filters on the effective status.
select *
from (
    select v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       -- Effective status: past its expiration date an unused or partly used voucher is EXPIRED, swept or not.
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt"
    from vouchers v
    where v."userId" = @UserId
) v
where (@Status::text is null or v.status = @Status)
  and (@Type::text is null or v.type = @Type)
  and (@Currency::text is null or v.currency = @Currency)
  and (@ExpiringBefore::date is null or v."expirationDate" < @ExpiringBefore)
order by v."expirationDate" nulls last, v."createdAt", v.id;
