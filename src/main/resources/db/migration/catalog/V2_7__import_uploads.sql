-- A catalog file uploaded for import waits here between its preview and its confirmation (issue 13): in the database,
-- not in the HTTP session, so that any node serves the preview and the confirmation and the session stays small. Only
-- the person who uploaded it may see or import it; confirming takes (deletes) it in the import's own transaction, so it
-- is imported once; uploads are kept for two hours.
create table catalog_import_upload (
    token            varchar(36)   primary key,
    organization_id  bigint        not null references organization (id),
    file_name        varchar(255)  not null,
    content          bytea         not null,
    uploaded_by      varchar(100)  not null,
    uploaded_at      timestamp with time zone not null
);
create index catalog_import_upload_age on catalog_import_upload (uploaded_at);
