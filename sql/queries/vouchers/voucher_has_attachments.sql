select exists (select 1 from voucher_attachments where "userId" = @UserId and "voucherId" = @Id);
