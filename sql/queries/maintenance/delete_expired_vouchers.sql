-- The seed's cleanup: EXPIRED vouchers whose expiration date is more than two years ago (@VoucherCutoff).
-- A voucher that was attached to flights is skipped: voucher_attachments_voucher_id_fkey (NO ACTION)
-- keeps spent money on record, and one such voucher must not make the whole cleanup fail.
delete from vouchers v
where v.status = 'EXPIRED'
  and v."expirationDate" < @VoucherCutoff
  and not exists (select 1 from voucher_attachments a where a."userId" = v."userId" and a."voucherId" = v.id)
-- Whose voucher lists change, for the cache.
returning v."userId";
