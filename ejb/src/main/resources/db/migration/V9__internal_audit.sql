-- Internal audit (clause 9.2): the yearly programme, the audits with their plan, checklists, results,
-- evidence files and the reviewed report's hash. Same SQL on H2 2.x and PostgreSQL 15.

create table audit_programme (
    id             bigint primary key,
    programme_year integer not null,
    cycle_start    integer not null,
    lock_version   bigint not null,
    constraint uq_audit_programme_year unique (programme_year)
);

create table audit_programme_item (
    programme_id bigint not null references audit_programme (id),
    line_no      integer not null,
    requirement  varchar(20) not null,
    primary key (programme_id, line_no)
);

create table internal_audit (
    id               bigint primary key,
    audit_no         varchar(20) not null,
    audit_year       integer not null,
    title            varchar(255) not null,
    scope            varchar(2000) not null,
    criteria         varchar(2000) not null,
    start_date       date not null,
    end_date         date not null,
    lead_auditor     varchar(64) not null,
    status           varchar(20) not null,
    baseline_of      varchar(20),
    plan_approved_by varchar(64),
    plan_approved_at timestamp with time zone,
    report_summary   varchar(4000),
    reported_at      timestamp with time zone,
    report_sha256    varchar(64),
    reviewed_by      varchar(64),
    reviewed_at      timestamp with time zone,
    review_comment   varchar(4000),
    lock_version     bigint not null,
    constraint uq_internal_audit_no unique (audit_no)
);
create index ix_internal_audit_dates on internal_audit (start_date);

create table audit_assignment (
    audit_id         bigint not null references internal_audit (id),
    line_no          integer not null,
    department_code  varchar(32) not null,
    auditor_username varchar(64) not null,
    primary key (audit_id, line_no)
);

create table audit_attachment (
    id           bigint primary key,
    file_name    varchar(255) not null,
    content_type varchar(255) not null,
    content      bytea not null,
    sha256       varchar(64) not null
);

create table audit_checklist_item (
    id                bigint primary key,
    audit_id          bigint not null references internal_audit (id),
    department_code   varchar(32) not null,
    requirement       varchar(20) not null,
    line_no           integer not null,
    checkpoint        varchar(2000),
    result            varchar(20),
    evidence          varchar(4000),
    interviewee       varchar(255),
    attachment_id     bigint references audit_attachment (id),
    attachment_name   varchar(255),
    attachment_sha256 varchar(64),
    recorded_by       varchar(64),
    recorded_at       timestamp with time zone,
    finding_no        integer,
    closed_on         date,
    constraint uq_audit_item unique (audit_id, department_code, requirement)
);
create index ix_audit_item_position on audit_checklist_item (audit_id, department_code, line_no);
