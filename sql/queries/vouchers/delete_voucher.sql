-- voucher_attachments_voucher_id_fkey (NO ACTION) refuses a voucher that has attachments; the
-- service checks first, the key settles a race. A reissued child keeps living ("parentVoucherId" set null).
delete from vouchers
where id = @Id and "userId" = @UserId;
