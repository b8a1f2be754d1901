-- Append-only audit trail, hash-chained with SM3. The application only inserts into audit_entry.
create table audit_entry (
    seq           bigint        not null primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(64)   not null,
    actor_address varchar(64),
    action        varchar(64)   not null,
    target        varchar(200),
    outcome       varchar(16)   not null,
    detail        varchar(2000),
    previous_hash char(64)      not null,
    hash          char(64)      not null
);
create index audit_entry_actor_idx on audit_entry (actor, seq);
create index audit_entry_time_idx on audit_entry (occurred_at);

-- One row: the end of the chain. Appends lock it, so entries get consecutive numbers and links.
create table audit_chain_head (
    id        int         not null primary key,
    last_seq  bigint      not null,
    last_hash char(64)    not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
