-- Attachment bytes in the database (issue 13), content-addressed by SHA-256 and cut into chunks of 1 MB so that a
-- download streams chunk by chunk on both databases: every node serves every file, a backup of the database holds
-- them, and a file is written in the same transaction as the row that points to it. Files of an earlier install under
-- data/files/ are copied in at start (FileStoreMigration).
create table stored_file (
    sha256      varchar(64)   primary key,
    size_bytes  bigint        not null,
    chunks      int           not null,
    created_at  timestamp with time zone not null
);

create table stored_file_chunk (
    sha256  varchar(64)  not null references stored_file (sha256),
    seq     int          not null,
    bytes   bytea        not null,
    primary key (sha256, seq)
);
