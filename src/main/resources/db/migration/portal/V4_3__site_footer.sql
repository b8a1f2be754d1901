-- The footer every government site carries (issue 14 §5, RULES §5.3): besides 主办单位, 承办单位, 网站标识码 and the two
-- 备案号, the links the national platforms give each registered site — 我为政府网站找错 and the 党政机关网站标识. The
-- main portal (any host that is no site's) has its footer here too, one row, set by the supervising office.
alter table site add column error_report_url varchar(500);
alter table site add column conac_url varchar(500);

create table main_portal (
    id                int           not null primary key,
    sponsor           varchar(200),
    operator          varchar(200),
    site_code         varchar(20),
    icp_number        varchar(100),
    police_number     varchar(100),
    error_report_url  varchar(500),
    conac_url         varchar(500),
    version           int           not null default 0
);
insert into main_portal (id, version) values (1, 0);
