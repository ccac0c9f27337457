-- E-mail notifications (issue 5 §8) and deputies (issue 5 §9).

-- Every mail the system means to send, sent or not: the outbox the sender works from, the administrator's view,
-- and (through dedup_key) the guarantee that a reminder, an escalation or a day's digest goes out at most once.
create table notification_mail (
    id                 bigint primary key,
    dedup_key          varchar(200) not null,
    kind               varchar(20) not null,
    task_id            varchar(64),
    recipient_username varchar(64) not null,
    recipient_email    varchar(254) not null,
    language           varchar(8) not null,
    subject            varchar(500) not null,
    body               varchar(8000) not null,
    status             varchar(20) not null,
    digest_id          bigint,
    created_at         timestamp with time zone not null,
    sent_at            timestamp with time zone,
    error_text         varchar(1000),
    constraint uq_notification_dedup unique (dedup_key)
);
create index ix_notification_status on notification_mail (status, created_at);
create index ix_notification_recipient on notification_mail (recipient_username, created_at);

-- A user's choice to receive one digest a day instead of single mails.
create table notification_preference (
    username     varchar(64) primary key,
    daily_digest boolean not null,
    lock_version bigint not null
);

-- A manager's deputy for a period (both days included, Asia/Tokyo); revoked rows stay as the record.
create table deputy_delegation (
    id               bigint primary key,
    manager_username varchar(64) not null,
    deputy_username  varchar(64) not null,
    valid_from       date not null,
    valid_to         date not null,
    reason           varchar(500),
    named_by         varchar(64) not null,
    named_at         timestamp with time zone not null,
    revoked_by       varchar(64),
    revoked_at       timestamp with time zone,
    lock_version     bigint not null
);
create index ix_deputy_deputy on deputy_delegation (deputy_username, valid_from, valid_to);
create index ix_deputy_manager on deputy_delegation (manager_username, valid_from);
