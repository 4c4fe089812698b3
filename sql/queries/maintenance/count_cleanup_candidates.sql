-- What cleanup would do, with the same cut-offs, in one row. The voucher counts anticipate the sweep:
-- cleanup marks past-expiry vouchers EXPIRED before it deletes the old EXPIRED ones.
select
    (select count(*)::int
     from vouchers
     where status in ('OPEN', 'PARTIALLY_USED') and "expirationDate" < @Today) as "vouchersToExpire",
    (select count(*)::int
     from vouchers v
     where (v.status = 'EXPIRED' or (v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today))
       and v."expirationDate" < @VoucherCutoff
       and not exists (select 1 from voucher_attachments a where a."userId" = v."userId" and a."voucherId" = v.id)) as "vouchersToDelete",
    (select count(*)::int
     from vouchers v
     where (v.status = 'EXPIRED' or (v.status in ('OPEN', 'PARTIALLY_USED') and v."expirationDate" < @Today))
       and v."expirationDate" < @VoucherCutoff
       and exists (select 1 from voucher_attachments a where a."userId" = v."userId" and a."voucherId" = v.id)) as "vouchersKept",
    (select count(*)::int
     from trip_invitations
     where status in ('accepted', 'declined') and "updatedAt" < @InvitationCutoff) as "invitationsToDelete";
