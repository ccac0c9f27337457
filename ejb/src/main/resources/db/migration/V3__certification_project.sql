-- Certification projects (認証取得プロジェクト): the kickoff, its team, its master schedule with the baseline top
-- management commits to and the actual dates recorded against it. Plain SQL for H2 2.x and PostgreSQL 15.

create table certification_project (
    id                    bigint primary key,
    company_id            bigint not null references company (id),
    project_key           varchar(20) not null,
    name                  varchar(200) not null,
    kickoff_date          date not null,
    target_date           date not null,
    scope_outline         varchar(4000),
    compression_percent   integer not null,
    status                varchar(20) not null,
    revision              integer not null,
    submitted_by          varchar(64),
    submitted_fingerprint varchar(64),
    approved_fingerprint  varchar(64),
    approved_at           timestamp with time zone,
    created_by            varchar(64) not null,
    created_at            timestamp with time zone not null,
    lock_version          bigint not null,
    -- two offices creating a project at the same moment draw the same next number: one of them wins
    constraint uq_certification_project_key unique (project_key)
);
create index ix_certification_project_created on certification_project (created_at);

create table project_certification_body (
    project_id bigint not null references certification_project (id),
    position   integer not null,
    name       varchar(200) not null,
    primary key (project_id, position)
);

create table project_team_member (
    project_id   bigint not null references certification_project (id),
    position     integer not null,
    username     varchar(64) not null,
    project_role varchar(30) not null,
    primary key (project_id, position)
);

create table project_step (
    project_id     bigint not null references certification_project (id),
    step_code      varchar(10) not null,
    planned_start  date not null,
    planned_end    date not null,
    baseline_start date,
    baseline_end   date,
    actual_start   date,
    actual_end     date,
    primary key (project_id, step_code)
);
