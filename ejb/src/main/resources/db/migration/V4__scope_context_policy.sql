-- The ISMS scope (4.3) and the information security policy (5.2) as approvable versions, the context
-- of the organisation (4.1 issues, 4.2 interested parties) and the security objectives (6.2).
-- Plain SQL for H2 2.x and PostgreSQL 15.

create table scope_version (
    id                    bigint primary key,
    company_id            bigint not null references company (id),
    version_no            integer not null,
    statement             varchar(4000),
    status                varchar(20) not null,
    submitted_by          varchar(64),
    submitted_fingerprint varchar(64),
    approved_fingerprint  varchar(64),
    approved_at           timestamp with time zone,
    created_at            timestamp with time zone not null,
    lock_version          bigint not null,
    -- two people starting the next version at once: one of them wins
    constraint uq_scope_version unique (company_id, version_no)
);

-- units, sites, workforce categories, systems and exclusions of one version, in their order
create table scope_entry (
    scope_version_id bigint not null references scope_version (id),
    position         integer not null,
    kind             varchar(20) not null,
    code             varchar(32),
    name             varchar(200),
    detail           varchar(1000),
    in_scope         boolean not null,
    primary key (scope_version_id, position)
);

create table policy_version (
    id                    bigint primary key,
    version_no            integer not null,
    title                 varchar(200) not null,
    body                  varchar(20000) not null,
    effective_date        date,
    status                varchar(20) not null,
    submitted_by          varchar(64),
    submitted_fingerprint varchar(64),
    approved_fingerprint  varchar(64),
    approved_at           timestamp with time zone,
    created_at            timestamp with time zone not null,
    lock_version          bigint not null,
    constraint uq_policy_version unique (version_no)
);

create table context_issue (
    id              bigint primary key,
    issue_text      varchar(1000) not null,
    kind            varchar(20) not null,
    category        varchar(100),
    impact          varchar(1000),
    department_code varchar(32),
    last_reviewed   date,
    lock_version    bigint not null
);
create index ix_context_issue_kind on context_issue (kind, id);

create table interested_party (
    id            bigint primary key,
    name          varchar(200) not null,
    requirements  varchar(2000) not null,
    how_addressed varchar(2000),
    lock_version  bigint not null
);

create table security_objective (
    id             bigint primary key,
    objective      varchar(500) not null,
    measure        varchar(500) not null,
    target         varchar(200) not null,
    owner_username varchar(64) not null,
    due_date       date not null,
    status         varchar(20) not null,
    achievement    integer not null,
    lock_version   bigint not null
);
create index ix_security_objective_due on security_objective (due_date, id);
