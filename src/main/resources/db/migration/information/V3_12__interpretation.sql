-- 政策解读 and 三同步 (issue 15): a policy record says whether it needs an interpretation (null: as its type says,
-- 规章 and 行政规范性文件 yes); an interpretation is a record of type 政策解读 with its form, author and, for 图解 and
-- 音视频, its text alternative or transcript, and the records it explains. Like catalog links these belong to what a
-- revision publishes: the working copy's are edited, each revision keeps its own, abandoning a correction restores them.
alter table information_record add column needs_interpretation boolean;
alter table information_record add column interpretation_form varchar(20);
alter table information_record add column interpretation_author varchar(200);
alter table information_record add column interpretation_text text;

alter table information_revision add column interpretation_form varchar(20);
alter table information_revision add column interpretation_author varchar(200);
alter table information_revision add column interpretation_text text;

create table information_explains (
    record_id    bigint  not null references information_record (id),
    explained_id bigint  not null references information_record (id),
    primary key (record_id, explained_id)
);
create index information_explains_explained_idx on information_explains (explained_id);

create table information_revision_explains (
    revision_id  bigint  not null references information_revision (id),
    explained_id bigint  not null references information_record (id),
    primary key (revision_id, explained_id)
);
create index information_revision_explains_explained_idx on information_revision_explains (explained_id);
