-- Reports of earlier years imported from their publication (issue 12 §8): where they were published, so that the
-- figures can be traced back; they count for the cross-year check as published reports do.
alter table annual_report add column import_note varchar(500);
