-- The information asset inventory (情報資産目録). The asset value is derived from C/I/A by the
-- configured rule and stored, so the database sorts and filters on it. Plain SQL for H2 2.x and PostgreSQL 15.

create table asset (
    id              bigint primary key,
    asset_no        varchar(20) not null,
    name            varchar(200) not null,
    asset_type      varchar(20) not null,
    classification  varchar(30) not null,
    confidentiality integer not null,
    integrity       integer not null,
    availability    integer not null,
    asset_value     integer not null,
    owner_username  varchar(64) not null,
    department_code varchar(32) not null,
    location        varchar(200),
    lock_version    bigint not null,
    constraint uq_asset_no unique (asset_no)
);
-- one index per sortable or filterable column; 50,000 assets page and sort without a full scan
create index ix_asset_name on asset (name);
create index ix_asset_type on asset (asset_type, asset_no);
create index ix_asset_classification on asset (classification, asset_no);
create index ix_asset_value on asset (asset_value, asset_no);
create index ix_asset_owner on asset (owner_username, asset_no);
create index ix_asset_department on asset (department_code, asset_no);
create index ix_asset_location on asset (location);
create index ix_asset_confidentiality on asset (confidentiality, asset_no);
create index ix_asset_integrity on asset (integrity, asset_no);
create index ix_asset_availability on asset (availability, asset_no);
