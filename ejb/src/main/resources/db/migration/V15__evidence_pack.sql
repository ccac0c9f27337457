-- Every evidence pack handed out (issue 5 §10): who took it, when, in which language, how many documents,
-- and the SHA-256 and size of the exact ZIP, so an auditor can tell which pack they were given.
-- Plain SQL for H2 2.x and PostgreSQL 15.

create table evidence_pack_download (
    id              bigint primary key,
    downloaded_by   varchar(64) not null,
    downloaded_at   timestamp with time zone not null,
    language        varchar(5) not null,
    file_count      integer not null,
    zip_sha256      varchar(64) not null,
    zip_bytes       bigint not null
);
create index ix_evidence_pack_download_at on evidence_pack_download (downloaded_at);
