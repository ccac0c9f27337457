-- Domain schema of the walking skeleton. Plain SQL that H2 2.x and PostgreSQL 15 both accept:
-- the same migration serves the embedded default and production.

create sequence isms_seq start with 1000 increment by 50;

create table company (
    id          bigint primary key,
    name        varchar(200) not null,
    name_en     varchar(200)
);

create table department (
    id          bigint primary key,
    company_id  bigint not null references company (id),
    code        varchar(30) not null,
    name        varchar(200) not null,
    name_en     varchar(200),
    constraint uq_department_code unique (company_id, code)
);

create table app_user (
    id                   bigint primary key,
    username             varchar(64) not null,
    display_name         varchar(200) not null,
    email                varchar(254),
    password_hash        varchar(255) not null,
    language             varchar(8) not null,
    must_change_password boolean not null,
    enabled              boolean not null,
    department_id        bigint references department (id),
    created_at           timestamp with time zone not null,
    lock_version         bigint not null,
    constraint uq_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint not null references app_user (id),
    role    varchar(40) not null,
    primary key (user_id, role)
);

create table risk_assessment (
    id                    bigint primary key,
    company_id            bigint not null references company (id),
    business_key          varchar(30) not null,
    version               integer not null,
    title                 varchar(200) not null,
    status                varchar(20) not null,
    submitted_by          varchar(64),
    submitted_fingerprint varchar(64),
    approved_fingerprint  varchar(64),
    approved_at           timestamp with time zone,
    created_at            timestamp with time zone not null,
    lock_version          bigint not null,
    -- two people turning the same approved version into a new draft at once: one of them wins
    constraint uq_risk_assessment_version unique (business_key, version)
);

create table risk (
    id                  bigint primary key,
    assessment_id       bigint not null references risk_assessment (id),
    risk_no             varchar(20) not null,
    department_id       bigint references department (id),
    asset_name          varchar(200) not null,
    threat              varchar(500) not null,
    vulnerability       varchar(500) not null,
    likelihood          integer not null,
    impact              integer not null,
    inherent_score      integer not null,
    inherent_level      varchar(10) not null,
    treatment           varchar(20) not null,
    treatment_plan      varchar(1000),
    residual_likelihood integer not null,
    residual_impact     integer not null,
    residual_score      integer not null,
    residual_level      varchar(10) not null,
    constraint uq_risk_no unique (assessment_id, risk_no)
);
create index ix_risk_assessment_residual on risk (assessment_id, residual_score);
create index ix_risk_assessment_inherent on risk (assessment_id, inherent_score);

create table approval_record (
    id                  bigint primary key,
    subject_type        varchar(40) not null,
    subject_key         varchar(60) not null,
    subject_version     integer not null,
    process_instance_id varchar(64),
    step                varchar(100) not null,
    decision            varchar(20) not null,
    actor_username      varchar(64) not null,
    actor_display_name  varchar(200) not null,
    actor_role          varchar(40) not null,
    on_behalf_of        varchar(64),
    decided_at          timestamp with time zone not null,
    comment_text        varchar(4000),
    content_sha256      varchar(64) not null
);
create index ix_approval_subject on approval_record (subject_type, subject_key, decided_at);
create index ix_approval_process on approval_record (process_instance_id, decided_at);
