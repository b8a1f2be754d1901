-- The reply to a request (答复, 第三十六条): drafted by the handler, approved by a second person of the unit, then
-- sent; the outcome and its ground are also on the case (information_request.outcome …) for the lists and table 三.
create table request_reply (
    request_id           bigint          primary key references information_request (id),
    outcome              varchar(40)     not null,
    withholding_ground   varchar(40),
    reason               varchar(4000),
    provided             varchar(4000),
    responsible_agency   varchar(200),
    responsible_contact  varchar(300),
    drafted_by           varchar(100)    not null,
    drafted_at           timestamp       not null,
    approved_by          varchar(100),
    approved_at          timestamp,
    sent_on              date,
    sent_way             varchar(20),
    delivered_on         date,
    delivery_proof       varchar(500),
    lock_version         int             not null default 0
);

-- What a line of the timeline is about when its kind alone does not say: the kind of a consultation, the answer
-- (objection or consent), the way a reply went out.
alter table request_event add column code varchar(40);
