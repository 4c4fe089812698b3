select exists (select 1 from voucher_attachments where "voucherId" = @Id);
