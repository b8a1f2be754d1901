-- Whose figures a report's tables hold (issue 12 §6): the unit's own records, or — for a people's government — the
-- roll-up of every reporting unit under it, the basis of the government's own report.
alter table annual_report add column figures_scope varchar(10) not null default 'UNIT';

-- The date the supervising office sets for collecting the township and subdistrict reports under it (issue 12 §5;
-- the regulation sets none): month and day of the year after the report's year.
create table report_collection_date (
    organization_id  bigint        primary key references organization (id),
    due_month        int           not null,
    due_day          int           not null,
    updated_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    version          int           not null default 0
);
