-- The standard-catalog items a record fulfils: an item keeps its key across catalog versions, so the link
-- names the unit's area and item key, not one version's row.
create table information_catalog_link (
    record_id  bigint       not null references information_record (id),
    area_id    bigint       not null,
    item_key   varchar(40)  not null,
    primary key (record_id, area_id, item_key)
);
create index information_catalog_link_item_idx on information_catalog_link (area_id, item_key);
