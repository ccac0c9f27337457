-- The company's rules (社内規程) and their mapping to the requirement clauses and Annex A controls
-- (the memo's step 5). Plain SQL for H2 2.x and PostgreSQL 15.

create table internal_rule (
    id               bigint primary key,
    rule_no          varchar(30) not null,
    title            varchar(200) not null,
    owner_department varchar(32),
    revision         varchar(20) not null,
    effective_on     date,
    retired          boolean not null,
    lock_version     bigint not null,
    constraint uq_internal_rule_no unique (rule_no)
);
create index ix_internal_rule_title on internal_rule (title);

create table requirement_mapping (
    id               bigint primary key,
    requirement_kind varchar(10) not null,
    requirement_id   varchar(10) not null,
    rule_id          bigint not null references internal_rule (id),
    evidence         varchar(1000) not null,
    lock_version     bigint not null,
    constraint uq_requirement_mapping unique (requirement_kind, requirement_id, rule_id)
);
create index ix_requirement_mapping_rule on requirement_mapping (rule_id);
