-- The public read model (issue 8): what listings, feeds and unit pages show, one row per public record and
-- scope, so that every listing is one range of one index whatever the size of the county. Scope 0 is the
-- whole site (each record once); a unit's scope holds the records it issued, alone or jointly (联合发文).
-- Written in the transaction that publishes, corrects, withdraws or changes the validity of a record
-- (PublicListing.refresh), and rebuilt from the records at start when it is out of step. The primary key
-- leads with the record so that a planner never prefers it to the ordered indexes for a scope's listing.
create table public_listing (
    scope_id            bigint         not null,
    record_id           bigint         not null references information_record (id),
    index_number        varchar(100)   not null,
    organization_id     bigint         not null,
    title               varchar(300)   not null,
    document_number     varchar(100),
    written_date        date,
    written_key         date           not null,
    first_published_at  timestamp with time zone not null,
    published_at        timestamp with time zone not null,
    pub_year            int            not null,
    document_type       varchar(40)    not null,
    topic_code          varchar(8)     not null,
    topic_top           varchar(2)     not null,
    disclosure_column   varchar(40)    not null,
    validity            varchar(20)    not null,
    primary key (record_id, scope_id)
);
create index public_listing_published_idx on public_listing (scope_id, first_published_at desc, record_id desc);
create index public_listing_column_idx on public_listing (scope_id, disclosure_column, first_published_at desc, record_id desc);
create index public_listing_type_idx on public_listing (scope_id, document_type, first_published_at desc, record_id desc);
create index public_listing_topic_idx on public_listing (scope_id, topic_code, first_published_at desc, record_id desc);
create index public_listing_topic_top_idx on public_listing (scope_id, topic_top, first_published_at desc, record_id desc);
create index public_listing_validity_idx on public_listing (scope_id, validity, first_published_at desc, record_id desc);
create index public_listing_written_idx on public_listing (scope_id, written_key desc, record_id desc);

-- Maintained counts of public_listing by every filter the listings offer, so a total is a sum over a few
-- hundred rows instead of a count over the table. Absent values are stored as ''.
create table public_count (
    scope_id           bigint       not null,
    disclosure_column  varchar(40)  not null,
    pub_year           int          not null,
    document_type      varchar(40)  not null,
    topic_code         varchar(8)   not null,
    validity           varchar(20)  not null,
    n                  bigint       not null,
    primary key (scope_id, disclosure_column, pub_year, document_type, topic_code, validity)
);

-- Filters and joins of the record page and the working side that had no index.
create index information_record_validity_record_idx on information_record (validity_record_id);
create index information_record_scheduled_idx on information_record (status, scheduled_at);
create index information_revision_attachment_attachment_idx on information_revision_attachment (attachment_id);
create index information_issuer_organization_idx on information_issuer (organization_id);
