-- The 公开时限 rule an editor sets by hand for an item whose phrase the parser cannot read
-- (KIND|days|TRIGGER|PERIOD); cleared when the phrase changes, copied with the item to a new version.
alter table catalog_item add column time_rule varchar(120);
