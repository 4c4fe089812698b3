-- The journal is DbUp's own table (so journals written by plain DbUp are adopted as they are),
-- upgraded in place with the columns drift detection and auditing need.
create table if not exists public.schemaversions (
    schemaversionsid serial       not null,
    scriptname       varchar(255) not null,
    applied          timestamp    not null,
    constraint "PK_schemaversions_Id" primary key (schemaversionsid)
);

alter table public.schemaversions
    add column if not exists checksum    varchar(64),
    add column if not exists applied_by  varchar(255),
    add column if not exists duration_ms integer;
