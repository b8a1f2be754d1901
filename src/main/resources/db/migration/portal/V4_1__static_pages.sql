-- Static publication of record pages (issue 8). The pages themselves are files under data/pages (derived data,
-- rendered again when lost); the database keeps what every node must agree on.

-- bumped by a change to what every record page shows (the site's name, units, catalogs): pages of an older
-- generation are not served, and are rendered again
create table static_page_state (
    id          int     primary key,
    generation  bigint  not null
);
insert into static_page_state (id, generation) values (1, 1);

-- pages that show a record other than their own (a validity link, an amending record's title), to drop them
-- when that record changes; a record's own page is found from its 索引号
create table static_page_record (
    record_id  bigint        not null,
    path       varchar(200)  not null,
    primary key (record_id, path)
);
create index static_page_record_path_idx on static_page_record (path);
