-- Joint issuers (联合发文) and standard-catalog links are part of what a revision publishes: a correction edits
-- the working copy's, the public keeps seeing the published revision's until the correction is signed off
-- (先审后发), and abandoning a correction restores them. Revisions published before this version take the
-- record's current issuers and links (what the public saw of them until now).
create table information_revision_issuer (
    revision_id      bigint  not null references information_revision (id),
    organization_id  bigint  not null,
    sort_order       int     not null,
    primary key (revision_id, organization_id)
);
insert into information_revision_issuer (revision_id, organization_id, sort_order)
select v.id, i.organization_id, i.sort_order from information_issuer i join information_revision v on v.record_id = i.record_id;

create table information_revision_catalog_link (
    revision_id  bigint       not null references information_revision (id),
    area_id      bigint       not null,
    item_key     varchar(40)  not null,
    primary key (revision_id, area_id, item_key)
);
insert into information_revision_catalog_link (revision_id, area_id, item_key)
select v.id, l.area_id, l.item_key from information_catalog_link l join information_revision v on v.record_id = l.record_id;

-- A unit's agreement to issue a record jointly belongs to the record, not to the working copy's list: a
-- correction that drops the unit does not end it until the correction is published.
create table information_issue_confirmation (
    record_id        bigint                    not null references information_record (id),
    organization_id  bigint                    not null,
    confirmed_at     timestamp with time zone  not null,
    confirmed_by     varchar(64)               not null,
    primary key (record_id, organization_id)
);
insert into information_issue_confirmation (record_id, organization_id, confirmed_at, confirmed_by)
select record_id, organization_id, confirmed_at, confirmed_by from information_issuer where confirmed_at is not null;
alter table information_issuer drop column confirmed_at;
alter table information_issuer drop column confirmed_by;

-- The public read model's catalog links: the published revision's, for the listings' catalog-item filter.
create table public_catalog_link (
    record_id  bigint       not null references information_record (id),
    area_id    bigint       not null,
    item_key   varchar(40)  not null,
    primary key (record_id, area_id, item_key)
);
create index public_catalog_link_item_idx on public_catalog_link (area_id, item_key);
insert into public_catalog_link (record_id, area_id, item_key)
select l.record_id, l.area_id, l.item_key from information_catalog_link l join information_record r on r.id = l.record_id
where r.status <> 'WITHDRAWN' and r.published_revision is not null;
