-- pgbench -M prepared script: voucher attach, the statements of sql/queries/vouchers/lock_voucher.sql,
-- check_attachment_targets.sql, use_voucher_amount.sql and insert_voucher_attachment.sql (the library's files,
-- comments dropped, @Name parameters as pgbench :Name variables given with -D) in one transaction, as
-- VoucherService runs them. BEGIN is pipelined with the lock (Npgsql sends BEGIN with
-- the first command). One voucher per client: its id is computed from pgbench's client_id, as the load run
-- gives client n voucher n+1.
\set vn :client_id + 1
\startpipeline
begin;
select v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < :Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt"
from vouchers v
where v.id = ('b2000000-0000-4000-8000-' || lpad(:vn::text, 12, '0'))::uuid and v."userId" = :UserId
for update;
\endpipeline
select exists (select 1 from flights where id = :FlightId and "userId" = :UserId) as "flightOwned",
       case :TravelerType
           when 'USER' then :TravelerId = :UserId
           when 'COMPANION' then exists (select 1 from travel_companions where id = :TravelerId and "createdBy" = :UserId)
           else false
       end as "travelerOwned";
update vouchers as v
set "usedAmount" = v."usedAmount" + :Amount,
    status = case when v."usedAmount" + :Amount = v."totalValue" then 'USED' else 'PARTIALLY_USED' end
where v.id = ('b2000000-0000-4000-8000-' || lpad(:vn::text, 12, '0'))::uuid
  and v."userId" = :UserId
  and v."usedAmount" + :Amount <= v."totalValue"
  and v.status in ('OPEN', 'PARTIALLY_USED')
returning v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
       case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < :Today then 'EXPIRED' else v.status end as status,
       v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt";
insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed")
values (:UserId, ('b2000000-0000-4000-8000-' || lpad(:vn::text, 12, '0'))::uuid, :FlightId, :TravelerId, :TravelerType, :Amount)
returning id, "voucherId", "flightId", "travelerId", "travelerType", "amountUsed", "createdAt";
commit;
