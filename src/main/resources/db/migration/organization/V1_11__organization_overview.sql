-- 概况信息 (issue 14 §3): what a government website says about its area and government — the county's 县情概况, a
-- township's 乡镇概况 — kept by the unit, shown on the home page (the top organization's) and on the unit's pages.
create table organization_overview (
    organization_id  bigint         not null primary key references organization (id),
    overview         varchar(4000)  not null,
    version          int            not null default 0
);
