-- Across all users (the number is globally unique); @ExceptId skips the voucher being updated.
select exists (
    select 1
    from vouchers
    where "userId" = @UserId
      and "voucherNumber" = @VoucherNumber
      and (@ExceptId::uuid is null or id <> @ExceptId)
);
