-- The supervision indicators (issue 16 §1) read a period's first publications of every unit: one range scan.
create index information_record_first_published_idx on information_record (first_published_at, organization_id);
