-- Reverses 0009_distribute_tables_on_citus.sql: on a Citus coordinator the tables come back to the
-- coordinator as local tables (undistribute_table copies the rows back), with the foreign keys 0009
-- dropped; on plain PostgreSQL it does nothing.
do $$
begin
    if not exists (select 1 from pg_extension where extname = 'citus') then
        return;
    end if;
    if not exists (select 1 from pg_dist_partition where logicalrelid = 'users'::regclass) then
        return;
    end if;

    set local citus.multi_shard_modify_mode to 'sequential';
    perform undistribute_table(t, cascade_via_foreign_keys => true)
    from unnest(array['users', 'user_emails', 'airports']::regclass[]) t
    where exists (select 1 from pg_dist_partition p where p.logicalrelid = t);

    alter table travel_companions add constraint travel_companions_user_id_fkey
        foreign key ("userId") references users (id) on delete set null;
    alter table companion_relationships add constraint companion_relationships_user_id_fkey
        foreign key ("userId") references users (id) on delete cascade;
    alter table trip_invitations add constraint trip_invitations_invited_user_id_fkey
        foreign key ("invitedUserId") references users (id) on delete cascade;
    alter table user_emails add constraint user_emails_user_id_fkey
        foreign key ("userId") references users (id) on delete cascade;
    alter table vouchers add constraint vouchers_parent_voucher_id_fkey
        foreign key ("parentVoucherId", "userId") references vouchers (id, "userId") on delete set null ("parentVoucherId");

end
$$;
