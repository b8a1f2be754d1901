-- The official holiday arrangement, one row per loaded year and one per special date.
create table calendar_year (
    arrangement_year int          not null primary key,
    source      varchar(300) not null,
    loaded_at   timestamp with time zone not null,
    loaded_by   varchar(64)  not null
);

create table calendar_day (
    calendar_date    date        not null primary key,
    arrangement_year int         not null references calendar_year (arrangement_year),
    kind  varchar(20) not null,
    name  varchar(60) not null
);
create index calendar_day_year_idx on calendar_day (arrangement_year);
