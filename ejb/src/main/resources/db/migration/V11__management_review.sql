-- Management review (clause 9.3): the scheduled meeting, its compiled inputs with the discussion of each,
-- attendees, output actions, and top management's signature (SHA-256 of the signed minutes); improvement
-- items (A phase) with who acknowledged them and the plan revision they led to. Same SQL on H2 2.x and PostgreSQL 15.

create table management_review (
    id               bigint primary key,
    company_id       bigint not null references company (id),
    review_no        varchar(20) not null,
    scheduled_date   date not null,
    place            varchar(200) not null,
    period_from      date not null,
    period_to        date not null,
    status           varchar(20) not null,
    meeting_date     date,
    decisions        varchar(8000),
    submitted_by     varchar(64),
    submitted_at     timestamp with time zone,
    signed_by        varchar(64),
    signed_at        timestamp with time zone,
    signed_sha256    varchar(64),
    return_comment   varchar(4000),
    lock_version     bigint not null,
    constraint uq_management_review_no unique (review_no)
);

create table review_input (
    review_id   bigint not null references management_review (id),
    line_no     integer not null,
    input       varchar(40) not null,
    draft_text  varchar(8000),
    discussion  varchar(8000),
    primary key (review_id, line_no)
);

create table review_attendee (
    review_id   bigint not null references management_review (id),
    line_no     integer not null,
    name        varchar(200) not null,
    role        varchar(200) not null,
    primary key (review_id, line_no)
);

create table review_action (
    id           bigint primary key,
    review_id    bigint not null references management_review (id),
    line_no      integer not null,
    action_key   varchar(40) not null,
    description  varchar(2000) not null,
    owner        varchar(64) not null,
    due_date     date not null,
    status       varchar(20) not null,
    done_by      varchar(64),
    done_at      timestamp with time zone,
    lock_version bigint not null,
    constraint uq_review_action_key unique (action_key)
);
create index ix_review_action_review on review_action (review_id, line_no);
create index ix_review_action_due on review_action (status, due_date);

create table improvement_item (
    id             bigint primary key,
    company_id     bigint not null references company (id),
    item_no        varchar(20) not null,
    title          varchar(500) not null,
    description    varchar(4000),
    owner          varchar(64) not null,
    target_date    date not null,
    origin         varchar(200),
    status         varchar(20) not null,
    progress       integer not null,
    result         varchar(4000),
    plan_document  varchar(200),
    plan_version   varchar(40),
    plan_revised_at timestamp with time zone,
    created_at     timestamp with time zone not null,
    lock_version   bigint not null,
    constraint uq_improvement_item_no unique (item_no)
);
create index ix_improvement_item_target on improvement_item (status, target_date);

create table improvement_acknowledgement (
    item_id          bigint not null references improvement_item (id),
    line_no          integer not null,
    username         varchar(64) not null,
    acknowledged_at  timestamp with time zone,
    primary key (item_id, line_no)
);
