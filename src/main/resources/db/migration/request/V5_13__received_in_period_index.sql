-- The supervision figures' 办结率 (issue 16 §1) count every unit's cases received in a period: a range over received_on
-- for all units at once, which the (organization_id, received_on, …) index cannot serve without visiting every unit's
-- range. This index leads with received_on and holds every column that count reads, so a month or a year is one range
-- read from the index alone.
create index information_request_received_period on information_request
    (received_on, organization_id, concluded_on, due_on, reply_due_on);
