-- drm-token-service schema, version 1: DRM customers, their API keys (hashed), their ExpressPlay credentials, content
-- keys and token-sealing keys (sealed: AES-256-GCM "v1:" values whose associated data names the row and column).

-- customer ids start every customerAuthenticator ("<id>,<32 hex>"); explicit ids may be given on create
create sequence drm_customer_id_seq start with 100001;

create table drm_customer (
    id                  bigint       primary key,
    name                varchar(200) not null,
    enabled             boolean      not null default true,
    backend             varchar(16)  not null check (backend in ('local', 'expressplay')),
    drms                text[]       not null default '{fp,wv,pr}',
    gate_enabled        boolean      not null default true,
    requestors          text[]       not null default '{}',   -- media-token requestors it serves; empty = any
    monthly_token_limit bigint       check (monthly_token_limit >= 0),  -- null = unlimited
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

create table drm_customer_authenticator (
    id          varchar(36)  primary key,
    customer_id bigint       not null references drm_customer(id) on delete cascade,
    environment varchar(16)  not null check (environment in ('test', 'production')),
    sha256      bytea        not null unique,                 -- SHA-256 of the whole "<id>,<32 hex>" string
    hint        varchar(4)   not null,                        -- its last 4 hex digits, to tell keys apart
    label       varchar(200),
    created_at  timestamptz  not null default now()
);
create index drm_customer_authenticator_by_customer on drm_customer_authenticator(customer_id);

create table drm_expressplay_credential (
    customer_id       bigint      not null references drm_customer(id) on delete cascade,
    environment       varchar(16) not null check (environment in ('test', 'production')),
    authenticator_enc text        not null,                   -- sealed ExpressPlay customerAuthenticator
    updated_at        timestamptz not null default now(),
    primary key (customer_id, environment)
);

create table drm_content_key (
    customer_id bigint        not null references drm_customer(id) on delete cascade,
    kid         varchar(65)   not null,                       -- 32 lower-case hex digits, or "^name" as given
    key_enc     text          not null,                       -- sealed 16-byte content key
    resource_id varchar(4096),
    created_at  timestamptz   not null default now(),
    primary key (customer_id, kid)
);

create table drm_token_sealing_key (
    customer_id bigint      not null references drm_customer(id) on delete cascade,
    key_id      integer     not null check (key_id <> 0),     -- random, written into each token's header
    environment varchar(16) not null check (environment in ('test', 'production')),
    generation  integer     not null,                         -- 1, 2, …: the highest seals (rotation adds one)
    secret_enc  text        not null,                         -- sealed 32-byte AES-256 key
    created_at  timestamptz not null default now(),
    primary key (customer_id, key_id),
    unique (customer_id, environment, generation)
);
