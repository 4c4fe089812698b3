-- On a Citus coordinator (the citus extension is installed in this database), distributes the schema by
-- user (docs/scaling.md); on plain PostgreSQL it does nothing. Tables that already hold rows are copied
-- to the shards, so an existing single-node database becomes a distributed one by installing Citus and
-- migrating again.
--
--   reference (a copy on every node): airports
--   distributed by user id, co-located with users (one user's rows on one shard): users, trips,
--     travel_companions, flights, hotels, transportation, car_rentals, events, vouchers,
--     voucher_attachments, trip_companions, item_companions, companion_relationships, trip_invitations
--   distributed by e-mail address: user_emails (its key is what makes an address unique cluster-wide)
do $$
begin
    if not exists (select 1 from pg_extension where extname = 'citus') then
        return;
    end if;

    -- Foreign keys across users, and across the e-mail/user split, cannot be checked on one shard.
    -- Without them on the cluster: a deleted account leaves a companion's "userId", a relationship's
    -- "userId" and an invitation's "invitedUserId" pointing at nothing; a deleted parent voucher
    -- leaves its reissued child's "parentVoucherId" (Citus refuses ON DELETE SET NULL on a key that
    -- holds the distribution column). Every read joins through the owner, so these are never shown.
    alter table travel_companions drop constraint travel_companions_user_id_fkey;
    alter table companion_relationships drop constraint companion_relationships_user_id_fkey;
    alter table trip_invitations drop constraint trip_invitations_invited_user_id_fkey;
    alter table user_emails drop constraint user_emails_user_id_fkey;
    alter table vouchers drop constraint vouchers_parent_voucher_id_fkey;

    -- The row-level triggers stay: set_updated_at only touches the row being written, and the
    -- item_companions clean-up of 0008 only rows of the same owner, which sit on the same shard (Citus runs
    -- that delete locally, in the same transaction). Citus calls triggers unsafe because it cannot check
    -- this itself; the flag lets create_distributed_table carry them to the shards.
    set local citus.enable_unsafe_triggers to on;
    -- Distributing tables linked by foreign keys inside one transaction needs one connection per node.
    set local citus.multi_shard_modify_mode to 'sequential';

    perform create_reference_table('airports');
    perform create_distributed_table('users', 'id');
    perform create_distributed_table('user_emails', 'email', colocate_with => 'none');
    perform create_distributed_table('trips', 'userId', colocate_with => 'users');
    perform create_distributed_table('travel_companions', 'createdBy', colocate_with => 'users');
    perform create_distributed_table('flights', 'userId', colocate_with => 'users');
    perform create_distributed_table('hotels', 'userId', colocate_with => 'users');
    perform create_distributed_table('transportation', 'userId', colocate_with => 'users');
    perform create_distributed_table('car_rentals', 'userId', colocate_with => 'users');
    perform create_distributed_table('events', 'userId', colocate_with => 'users');
    perform create_distributed_table('vouchers', 'userId', colocate_with => 'users');
    perform create_distributed_table('voucher_attachments', 'userId', colocate_with => 'users');
    perform create_distributed_table('trip_companions', 'userId', colocate_with => 'users');
    perform create_distributed_table('item_companions', 'userId', colocate_with => 'users');
    perform create_distributed_table('companion_relationships', 'createdBy', colocate_with => 'users');
    perform create_distributed_table('trip_invitations', 'invitedBy', colocate_with => 'users');
end
$$;
