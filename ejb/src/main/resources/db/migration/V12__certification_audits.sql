-- Certification: the bodies and their quotes, the approved choice of body, the audits (stage 1, stage 2,
-- surveillance, renewal, scope change) with their findings and interview schedule, the certificates with the
-- file the body issued and the history of their scope version, and the readiness configuration.
-- Same SQL on H2 2.x and PostgreSQL 15.

create table cert_body (
    id               bigint primary key,
    name             varchar(200) not null,
    accreditation    varchar(200),
    supports_27017   boolean not null,
    man_days         numeric(6, 1),
    day_rate_yen     bigint,
    available_dates  varchar(500),
    features         varchar(2000),
    notes            varchar(2000),
    created_at       timestamp with time zone not null,
    lock_version     bigint not null,
    constraint uq_cert_body_name unique (name)
);

create table cert_selection (
    id               bigint primary key,
    body_id          bigint not null references cert_body (id),
    reason           varchar(4000) not null,
    status           varchar(20) not null,
    submitted_by     varchar(64) not null,
    submitted_at     timestamp with time zone not null,
    decided_at       timestamp with time zone,
    process_instance varchar(64),
    lock_version     bigint not null
);

create table cert_readiness_config (
    id                              bigint primary key,
    stage1_requires_internal_audit  boolean not null,
    stage1_requires_review          boolean not null,
    changed_by                      varchar(64),
    changed_at                      timestamp with time zone,
    lock_version                    bigint not null
);

create table cert_audit (
    id                  bigint primary key,
    reference           varchar(40) not null,
    kind                varchar(20) not null,
    cycle_number        integer,
    scope_version_id    bigint,
    body_id             bigint references cert_body (id),
    planned_date        date not null,
    stage1_date         date,
    stage2_date         date,
    status              varchar(30) not null,
    stage2_result       varchar(30),
    correction_deadline date,
    process_instance    varchar(64),
    created_at          timestamp with time zone not null,
    lock_version        bigint not null,
    constraint uq_cert_audit_reference unique (reference)
);

create table cert_finding (
    id               bigint primary key,
    audit_id         bigint not null references cert_audit (id),
    stage            integer not null,
    line_no          integer not null,
    grade            varchar(20) not null,
    requirement      varchar(20),
    department_id    bigint references department (id),
    body_text        varchar(4000) not null,
    deadline         date,
    corrected_on     date,
    recorded_by      varchar(64) not null,
    recorded_on      date not null,
    constraint uq_cert_finding_line unique (audit_id, line_no)
);
create index ix_cert_finding_audit on cert_finding (audit_id);

create table cert_interview (
    id               bigint primary key,
    audit_id         bigint not null references cert_audit (id),
    starts_at        timestamp not null,
    department_id    bigint references department (id),
    top_management   boolean not null,
    preparer         varchar(64) not null,
    topic            varchar(1000)
);
create index ix_cert_interview_audit on cert_interview (audit_id);

create table cert_certificate (
    id                bigint primary key,
    certificate_no    varchar(60) not null,
    body_id           bigint not null references cert_body (id),
    audit_id          bigint references cert_audit (id),
    standard_edition  varchar(40) not null,
    scope_version_id  bigint not null,
    issue_date        date not null,
    expiry_date       date not null,
    renewal           boolean not null,
    file_name         varchar(200),
    file_sha256       varchar(64),
    recorded_by       varchar(64) not null,
    recorded_at       timestamp with time zone not null,
    lock_version      bigint not null,
    constraint uq_cert_certificate_no_issue unique (certificate_no, issue_date)
);

create table cert_certificate_file (
    certificate_id    bigint primary key references cert_certificate (id),
    content           bytea not null
);

create table cert_scope_history (
    id                bigint primary key,
    certificate_id    bigint not null references cert_certificate (id),
    scope_version_id  bigint not null,
    since             date not null,
    reason            varchar(40) not null
);
create index ix_cert_scope_history on cert_scope_history (certificate_id);
