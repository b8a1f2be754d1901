-- The portal lists published answers newest first, of all units and of one, a page at a time (keyset on id): both
-- orders served by an index instead of a sort of every published message.
create index inquiry_published_id_idx on inquiry (published, id);
create index inquiry_unit_published_id_idx on inquiry (organization_id, published, id);
