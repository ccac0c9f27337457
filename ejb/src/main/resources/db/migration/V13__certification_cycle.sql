-- The certification cycle after certification (issue 5 §5–§7): one row per three-year cycle started by a
-- certificate, its audits (surveillance, renewal, scope change) with their planned dates and results, and the
-- per-user tokens of the iCalendar feed (only a SHA-256 of each token is stored). Plain SQL for H2 2.x and
-- PostgreSQL 15.

create table certification_cycle (
    id                  bigint primary key,
    cycle_no            integer not null,
    certificate_id      bigint not null,
    certificate_number  varchar(100) not null,
    issue_date          date not null,
    expiry_date         date not null,
    start_date          date not null,
    scope_version_id    bigint not null,
    preparation_weeks   integer not null,
    process_instance_id varchar(64),
    lock_version        bigint not null,
    constraint uq_certification_cycle_certificate unique (certificate_id)
);
create index ix_certification_cycle_no on certification_cycle (cycle_no);

create table cycle_audit (
    id                bigint primary key,
    cycle_id          bigint not null references certification_cycle (id),
    audit_kind        varchar(20) not null,
    planned_date      date,
    preparation_start date,
    due_date          date,
    status            varchar(20) not null,
    audit_id          bigint,
    scope_version_id  bigint,
    lock_version      bigint not null
);
create index ix_cycle_audit_cycle on cycle_audit (cycle_id);
create index ix_cycle_audit_planned on cycle_audit (planned_date);

create table calendar_token (
    id           bigint primary key,
    username     varchar(64) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp not null,
    revoked_at   timestamp,
    lock_version bigint not null,
    constraint uq_calendar_token_hash unique (token_hash)
);
create index ix_calendar_token_user on calendar_token (username);
