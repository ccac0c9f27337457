-- Configurable, versioned risk methods (issue 3 section 5). A published version is immutable; each assessment
-- stores the version its scores were rated with, so publishing a new version never rescores an approved list.
create table risk_method_version (
    id                     bigint primary key,
    company_id             bigint not null references company (id),
    version                integer not null,
    kind                   varchar(40) not null,
    scale                  integer not null,
    decision_definition_id varchar(64),
    published_by           varchar(100) not null,
    published_at           timestamp not null,
    note                   varchar(1000),
    constraint uq_risk_method_version unique (company_id, version)
);

-- One row per level (LOW, MEDIUM, HIGH in this order): its lowest score, required action and acceptor.
create table risk_method_level (
    method_version_id bigint not null references risk_method_version (id),
    position          integer not null,
    level             varchar(10) not null,
    from_score        integer not null,
    required_action   varchar(10) not null,
    acceptor          varchar(20) not null,
    primary key (method_version_id, position)
);

alter table risk_assessment add column method_version_id bigint references risk_method_version (id);

-- Inputs of asset value × threat × vulnerability, and what the method's decision said for each risk.
alter table risk add column asset_value integer;
alter table risk add column threat_level integer;
alter table risk add column vulnerability_level integer;
alter table risk add column residual_threat_level integer;
alter table risk add column residual_vulnerability_level integer;
alter table risk add column inherent_action varchar(10);
alter table risk add column residual_acceptor varchar(40);
