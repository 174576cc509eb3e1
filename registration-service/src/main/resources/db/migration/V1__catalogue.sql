-- registration-service schema, version 1: the catalogue (service providers, MVPDs, integrations),
-- registered applications and DCR clients. Lists are stored as JSON text; the adapter maps them.

create table service_provider (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    domains     text         not null default '[]',  -- JSON array of domain names
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table mvpd (
    id              varchar(64)  primary key,
    display_name    varchar(200) not null,
    logo_url        varchar(2000),
    protocol        varchar(16)  not null,            -- oidc | temppass
    endpoints       text         not null default '{}', -- JSON: issuer, clientId, scopes, entitlementUrl, logoutUrl
    client_secret_enc text,                            -- MVPD client secret, AES-GCM encrypted (base64)
    temppass        text,                              -- JSON TempPassRule, null when not a TempPass MVPD
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

create table integration (
    service_provider_id     varchar(64) not null references service_provider(id) on delete cascade,
    mvpd_id                 varchar(64) not null references mvpd(id) on delete cascade,
    enabled                 boolean     not null default true,
    authn_ttl_seconds       bigint      not null,
    authz_ttl_seconds       bigint      not null,
    degradation             varchar(16) not null default 'none',
    degradation_on_breaker_open boolean not null default false,
    preflight_max_resources integer     not null default 5,
    entitlement_mode        varchar(32) not null default 'profile-claim',
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    primary key (service_provider_id, mvpd_id)
);
create index integration_by_mvpd on integration(mvpd_id);

create table registered_application (
    id                   varchar(64)  primary key,
    name                 varchar(200) not null,
    version              varchar(64)  not null,
    platforms            text         not null default '[]',
    service_providers    text         not null default '[]',
    scopes               text         not null default '[]',
    domains              text         not null default '[]',
    legacy_public_key    varchar(128) unique,
    legacy_private_key_enc text,                        -- AES-GCM encrypted (base64)
    revoked              boolean      not null default false,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);

create table dcr_client (
    client_id      varchar(64)  primary key,
    secret_hash    varchar(64)  not null,               -- hex SHA-256 of the client secret
    application_id varchar(64)  not null references registered_application(id) on delete cascade,
    redirect_uris  text         not null default '[]',
    issued_at      timestamptz  not null default now()
);
create index dcr_client_by_application on dcr_client(application_id);
