-- Corrective actions (clause 10.2): the nonconformity, each step's work and who did it, and the history of
-- every step. Same SQL on H2 2.x and PostgreSQL 15.

create table corrective_action (
    id                  bigint primary key,
    action_no           varchar(20) not null,
    source              varchar(30) not null,
    source_id           bigint not null,
    source_reference    varchar(100) not null,
    grade               varchar(10) not null,
    department_id       bigint,
    department_code     varchar(20),
    requirement         varchar(40),
    description         varchar(4000) not null,
    raised_by           varchar(64) not null,
    raised_on           date not null,
    external_deadline   date,
    state               varchar(20) not null,
    correction          varchar(4000),
    corrected_by        varchar(64),
    why1                varchar(1000),
    why2                varchar(1000),
    why3                varchar(1000),
    why4                varchar(1000),
    why5                varchar(1000),
    root_cause          varchar(4000),
    analysed_by         varchar(64),
    plan_text           varchar(4000),
    owner               varchar(64),
    due_date            date,
    planned_by          varchar(64),
    plan_approved_by    varchar(64),
    plan_approved_at    timestamp with time zone,
    implementation      varchar(4000),
    implemented_by      varchar(64),
    implemented_at      timestamp with time zone,
    verified_by         varchar(64),
    verified_at         timestamp with time zone,
    verification        varchar(4000),
    closed_on           date,
    escalated_at        timestamp with time zone,
    reopen_count        integer not null,
    process_instance_id varchar(64),
    lock_version        bigint not null,
    constraint uq_corrective_action_no unique (action_no)
);
-- the register filters by state, source, department and audit (source reference prefix), and sorts by due date
create index ix_corrective_action_state on corrective_action (state, due_date);
create index ix_corrective_action_source on corrective_action (source, source_reference);
create index ix_corrective_action_department on corrective_action (department_code);

create table corrective_action_history (
    action_id   bigint not null references corrective_action (id),
    line_no     integer not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(64) not null,
    event       varchar(40) not null,
    note        varchar(4000),
    primary key (action_id, line_no)
);
