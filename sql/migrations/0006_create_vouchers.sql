-- Vouchers and their use on flights (seed: Vouchers, VoucherAttachments).

create table vouchers (
    id                  uuid          not null default gen_random_uuid(),
    "userId"            uuid          not null,
    type                varchar(50)   not null,
    issuer              varchar(255)  not null,
    "voucherNumber"     varchar(100)  not null,
    "associatedAccount" varchar(255),
    currency            varchar(3)    not null default 'USD',
    "totalValue"        decimal(10,2) not null,
    "usedAmount"        decimal(10,2) not null default 0,
    status              varchar(20)   not null default 'OPEN',
    "expirationDate"    date,
    "parentVoucherId"   uuid,
    notes               text,
    "createdAt"         timestamptz   not null default now(),
    "updatedAt"         timestamptz   not null default now(),
    constraint vouchers_pkey primary key (id),
    constraint vouchers_user_id_fkey foreign key ("userId") references users (id) on delete cascade,
    -- A reissued child outlives its parent being deleted.
    constraint vouchers_parent_voucher_id_fkey foreign key ("parentVoucherId") references vouchers (id) on delete set null,
    constraint vouchers_type_check
        check (type in ('FLIGHT', 'HOTEL', 'CAR_RENTAL', 'TRAVEL_CREDIT', 'GIFT_CARD', 'GENERAL')),
    constraint vouchers_status_check
        check (status in ('OPEN', 'PARTIALLY_USED', 'USED', 'EXPIRED', 'TRANSFERRED')),
    constraint vouchers_currency_format check (currency ~ '^[A-Z]{3}$'),
    constraint vouchers_total_value_non_negative check ("totalValue" >= 0),
    constraint vouchers_used_amount_non_negative check ("usedAmount" >= 0),
    constraint vouchers_used_amount_within_total check ("usedAmount" <= "totalValue"),
    constraint vouchers_issuer_not_blank check (btrim(issuer) <> ''),
    constraint vouchers_voucher_number_not_blank check (btrim("voucherNumber") <> ''),
    constraint vouchers_not_own_parent check ("parentVoucherId" is null or "parentVoucherId" <> id)
);

create index vouchers_user_id on vouchers ("userId");
create unique index vouchers_voucher_number on vouchers ("voucherNumber");
create index vouchers_status on vouchers (status);
create index vouchers_expiration_date on vouchers ("expirationDate");
create index vouchers_parent_voucher_id on vouchers ("parentVoucherId");

create trigger vouchers_set_updated_at before update on vouchers
    for each row execute function set_updated_at();

create table voucher_attachments (
    id             uuid          not null default gen_random_uuid(),
    "voucherId"    uuid          not null,
    "flightId"     uuid          not null,
    "travelerId"   uuid          not null,
    "travelerType" varchar(20)   not null,
    "amountUsed"   decimal(10,2) not null,
    "createdAt"    timestamptz   not null default now(),
    "updatedAt"    timestamptz   not null default now(),
    constraint voucher_attachments_pkey primary key (id),
    -- Money that was spent stays recorded: a voucher with attachments cannot be deleted on its own
    -- (the owner's account going away removes both, through the cascades from users).
    constraint voucher_attachments_voucher_id_fkey foreign key ("voucherId") references vouchers (id),
    constraint voucher_attachments_flight_id_fkey foreign key ("flightId") references flights (id) on delete cascade,
    constraint voucher_attachments_traveler_type_check check ("travelerType" in ('USER', 'COMPANION')),
    constraint voucher_attachments_amount_used_positive check ("amountUsed" > 0)
);

create index voucher_attachments_voucher_id on voucher_attachments ("voucherId");
create index voucher_attachments_flight_id on voucher_attachments ("flightId");

create trigger voucher_attachments_set_updated_at before update on voucher_attachments
    for each row execute function set_updated_at();
