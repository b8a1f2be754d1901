-- A version per kind of cached data (issue 13): a node that changes the data bumps its stamp in the same transaction;
-- every node compares the stamp its cache was filled at with the current one (read at most once a second) and empties
-- the cache when they differ, so a change on one node reaches the caches of all.
create table change_stamp (
    topic    varchar(100)  primary key,
    version  bigint        not null
);
