-- Whether a case was answered in time (the supervision indicators, issue 16 §1): the reply period's last day as it
-- stood when the case ended (extension and paused days included), kept beside concluded_on; due_on is cleared then.
-- Cases concluded before this column are filled in at start from their timelines (ReplyDueBackfill).
alter table information_request add column reply_due_on date;
create index information_request_concluded_idx on information_request (concluded_on, organization_id);
