-- Reverses 0006_create_vouchers.sql.
drop table if exists voucher_attachments;
drop table if exists vouchers;
