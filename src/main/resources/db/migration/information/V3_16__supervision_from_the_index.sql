-- The supervision board (issue 16 §1) counts a period's first publications of every unit in one grouped query that
-- reads this index alone (unit, attribute, type, column, formed date, needs a 解读, migrated), never the wide rows
-- with their bodies; it replaces the narrower index of V3_14, whose columns it begins with.
drop index information_record_first_published_idx;
create index information_record_supervision_idx on information_record
    (first_published_at, organization_id, attribute, document_type, disclosure_column, formed_date,
     needs_interpretation, submitted_at);

-- The 第二十六条 deadline of a record formed on a day: the first instant after the 20th working day (the platform's
-- zone). Derived from the working-day calendar, filled as the board needs days, emptied when a year's arrangement is
-- loaded; the board joins it so that timeliness is counted in the database.
create table information_publication_deadline (
    formed_on date primary key,
    deadline timestamp with time zone not null
);
