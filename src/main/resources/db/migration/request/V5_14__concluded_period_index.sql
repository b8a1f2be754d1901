-- The supervision board (issue 16 §1) counts the cases concluded in a period, and those by their reply period's last
-- day, from this index alone instead of reading each case's row; it replaces the narrower index of V5_12.
drop index information_request_concluded_idx;
create index information_request_concluded_period on information_request
    (concluded_on, organization_id, reply_due_on, received_on);
