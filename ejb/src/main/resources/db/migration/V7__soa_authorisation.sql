-- Statement of Applicability (versions and their 93 lines) and the management authorisation of the ISMS
-- with the exact documents it attached. Same SQL on H2 2.x and PostgreSQL 15.

create table soa (
    id                    bigint primary key,
    company_id            bigint not null references company (id),
    version               integer not null,
    status                varchar(20) not null,
    submitted_by          varchar(64),
    submitted_fingerprint varchar(64),
    approved_fingerprint  varchar(64),
    approved_at           timestamp with time zone,
    created_at            timestamp with time zone not null,
    lock_version          bigint not null,
    -- two people turning the approved version into a new draft at once: one of them wins
    constraint uq_soa_version unique (company_id, version)
);

create table soa_entry (
    id                    bigint primary key,
    soa_id                bigint not null references soa (id),
    control_id            varchar(10) not null,
    line_no               integer not null,
    applicable            boolean not null,
    justification         varchar(2000),
    implementation_status varchar(30),
    risk_nos              varchar(1000),
    internal_rules        varchar(4000),
    constraint uq_soa_entry_control unique (soa_id, control_id)
);
create index ix_soa_entry_position on soa_entry (soa_id, line_no);

create table management_authorisation (
    id               bigint primary key,
    company_id       bigint not null references company (id),
    request_no       varchar(20) not null,
    status           varchar(20) not null,
    requested_by     varchar(64) not null,
    requested_at     timestamp with time zone not null,
    request_comment  varchar(4000),
    decided_by       varchar(64),
    decided_at       timestamp with time zone,
    content_sha256   varchar(64) not null,
    lock_version     bigint not null,
    constraint uq_management_authorisation_no unique (request_no)
);

create table authorisation_document (
    authorisation_id bigint not null references management_authorisation (id),
    line_no          integer not null,
    kind             varchar(40) not null,
    document_key     varchar(40) not null,
    version          integer not null,
    sha256           varchar(64) not null,
    primary key (authorisation_id, line_no)
);
