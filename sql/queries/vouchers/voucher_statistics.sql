-- Per currency, on effective statuses. The remaining balance counts only usable vouchers: the
-- leftover of a TRANSFERRED voucher lives on in its child, that of an EXPIRED one is lost.
with v as (
    select currency,
           case when status in ('OPEN', 'PARTIALLY_USED') and "expirationDate" < @Today then 'EXPIRED' else status end as status,
           "totalValue",
           "usedAmount"
    from vouchers
    where "userId" = @UserId
)
select currency,
       count(*)::int as "voucherCount",
       (count(*) filter (where status = 'OPEN'))::int as "openCount",
       (count(*) filter (where status = 'PARTIALLY_USED'))::int as "partiallyUsedCount",
       (count(*) filter (where status = 'USED'))::int as "usedCount",
       (count(*) filter (where status = 'EXPIRED'))::int as "expiredCount",
       (count(*) filter (where status = 'TRANSFERRED'))::int as "transferredCount",
       sum("totalValue") as "totalValue",
       sum("usedAmount") as "usedAmount",
       coalesce(sum("totalValue" - "usedAmount") filter (where status in ('OPEN', 'PARTIALLY_USED')), 0) as "remainingBalance"
from v
group by currency
order by currency;
