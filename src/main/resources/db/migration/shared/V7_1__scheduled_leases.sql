-- Scheduled work that must run on one node at a time when several nodes share the database (issue 13): a node runs a
-- job only while it holds the job's lease, taken or renewed by one guarded update; a dead node's lease runs out and
-- another node takes it.
create table scheduled_lease (
    name        varchar(100)  primary key,
    held_by     varchar(200)  not null,
    held_until  timestamp with time zone not null
);
