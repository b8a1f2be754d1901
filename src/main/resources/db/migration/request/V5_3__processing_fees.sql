-- 信息处理费 (国办函〔2020〕109号): at most one fee per request, by count or by volume, never both. The amount is whole
-- yuan; the clock stops from the notice to payment or waiver (RequestClock).
create table request_fee (
    request_id         bigint          primary key references information_request (id),
    method             varchar(16)     not null,
    units              int             not null,
    earlier_units      int             not null,
    amount             bigint          not null,
    notified_on        date            not null,
    payment_due        date            not null,
    paid_on            date,
    payment_reference  varchar(200),
    waived_reason      varchar(1000),
    waived_by          varchar(100),
    lapsed_on          date
);
