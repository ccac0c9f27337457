-- Risk identification and treatment (issue 3 §6): the asset a risk was found on, the Annex A controls chosen
-- for it, its treatment plan items, and the risks the threat catalogue proposes when an asset is entered.
-- Plain SQL for H2 2.x and PostgreSQL 15.

alter table risk add column asset_id bigint;
alter table risk add constraint fk_risk_asset foreign key (asset_id) references asset (id);

-- the controls chosen for a risk: Annex A 2022 numbers, checked against the reference catalogue by the service
create table risk_control (
    risk_id    bigint not null references risk (id),
    control_id varchar(10) not null,
    primary key (risk_id, control_id)
);

create table treatment_plan_item (
    id             bigint primary key,
    risk_id        bigint not null references risk (id),
    item_no        integer not null,
    action_text    varchar(500) not null,
    owner_username varchar(64) not null,
    due_date       date not null,
    status         varchar(10) not null,
    constraint uq_plan_item_no unique (risk_id, item_no)
);
-- the treatment plan sorts and filters by these, over all risks of an assessment
create index ix_plan_item_due on treatment_plan_item (due_date, id);
create index ix_plan_item_owner on treatment_plan_item (owner_username, due_date);

create table risk_proposal (
    id              bigint primary key,
    asset_id        bigint not null references asset (id),
    asset_no        varchar(20) not null,
    asset_name      varchar(200) not null,
    department_code varchar(32) not null,
    entry_code      varchar(10) not null,
    assessment_key  varchar(30),
    status          varchar(10) not null,
    decided_by      varchar(64),
    decided_at      timestamp with time zone,
    risk_no         varchar(20),
    created_at      timestamp with time zone not null,
    lock_version    bigint not null,
    constraint uq_risk_proposal unique (asset_id, entry_code)
);
create index ix_risk_proposal_department on risk_proposal (department_code, status, asset_no);
create index ix_risk_proposal_status on risk_proposal (status, asset_no);

-- the heat maps count by cell, and clicking a cell filters the register to it
create index ix_risk_inherent_cell on risk (assessment_id, likelihood, impact);
create index ix_risk_residual_cell on risk (assessment_id, residual_likelihood, residual_impact);
