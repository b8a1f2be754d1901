-- Sites (网站群, issue 13): the read model also holds each public record under the tree scope of every unit that
-- issued it and of every unit above them (scope_id = -unit id), so that a unit's site lists its own records and
-- those of the units below it by one range of one index, as any listing. Emptied here, the model is rebuilt from
-- the records at the next start (PublicListingCheck finds it out of step).
delete from public_count;
delete from public_catalog_link;
delete from public_listing;
