-- Table 三 of the annual report (issue 12) is one aggregate over a unit's cases open at some time in the year, grouped by
-- applicant kind and result. This index holds every column that aggregate reads, so both databases answer it from the
-- index alone instead of visiting each case row: on H2 with 1,000,000 cases in a year, ~20 s became ~2.3 s (see
-- bench/README.md). It also serves every lookup the (organization_id, received_on) index did, which it replaces.
create index information_request_statistics on information_request
    (organization_id, received_on, concluded_on, applicant_kind, outcome, withholding_ground);
drop index information_request_received;
