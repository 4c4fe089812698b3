-- pgbench -M prepared script: voucher attach, the one statement of sql/queries/vouchers/attach_voucher_to_flight.sql
-- (the library's file, comments dropped, @Name parameters as pgbench :Name variables given with -D), as
-- VoucherService runs it: one round trip, no explicit transaction (the statement is its own). One voucher per
-- client: its id is computed from pgbench's client_id in place of @VoucherId, as the load run gives client n voucher
-- n+1; each call uses :Amount (0.01 from run.sh) of its balance, which outlasts any run (Seed/fixtures.sql), so every
-- call writes. The old script ran the four statements of the former transaction between BEGIN and COMMIT.
\set vn :client_id + 1
with locked as (
    select v.id, v."userId", v.type, v.issuer, v."voucherNumber", v."associatedAccount", v.currency, v."totalValue", v."usedAmount",
           case when v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < :Today then 'EXPIRED' else v.status end as status,
           v."expirationDate", v."parentVoucherId", v.notes, v."createdAt", v."updatedAt",
           exists (select 1 from flights f where f.id = :FlightId and f."userId" = :UserId) as "flightOwned",
           case :TravelerType
               when 'USER' then :TravelerId = :UserId
               when 'COMPANION' then exists (select 1 from travel_companions c where c.id = :TravelerId and c."createdBy" = :UserId)
               else false
           end as "travelerOwned"
    from vouchers v
    where v.id = ('b2000000-0000-4000-8000-' || lpad(:vn::text, 12, '0'))::uuid and v."userId" = :UserId
    for update of v
),
used as (
    update vouchers as v
    set "usedAmount" = v."usedAmount" + :Amount,
        status = case when v."usedAmount" + :Amount = v."totalValue" then 'USED' else 'PARTIALLY_USED' end
    from locked l
    where v.id = ('b2000000-0000-4000-8000-' || lpad(:vn::text, 12, '0'))::uuid
      and v."userId" = :UserId
      and l.id = v.id
      and l."flightOwned"
      and l."travelerOwned"
      and v.status in ('OPEN', 'PARTIALLY_USED')
      and (v."expirationDate" is null or v."expirationDate" >= :Today)
      and v."usedAmount" + :Amount <= v."totalValue"
    returning v.id, v."usedAmount", v.status, v."updatedAt"
),
attached as (
    insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed")
    select :UserId, u.id, :FlightId, :TravelerId, :TravelerType, :Amount
    from used u
    returning id, "voucherId", "flightId", "travelerId", "travelerType", "amountUsed", "createdAt"
)
select l.id, l."userId", l.type, l.issuer, l."voucherNumber", l."associatedAccount", l.currency, l."totalValue", l."usedAmount",
       l.status, l."expirationDate", l."parentVoucherId", l.notes, l."createdAt", l."updatedAt",
       coalesce(l."flightOwned", false) as "flightOwned", coalesce(l."travelerOwned", false) as "travelerOwned",
       u."usedAmount" as "newUsedAmount", u.status as "newStatus", u."updatedAt" as "newUpdatedAt",
       a.id as "attachmentId", a."flightId" as "attachmentFlightId", a."travelerId" as "attachmentTravelerId",
       a."travelerType" as "attachmentTravelerType", a."amountUsed" as "attachmentAmountUsed", a."createdAt" as "attachmentCreatedAt"
from (values (1)) as one (n)
left join locked l on true
left join used u on true
left join attached a on true;
