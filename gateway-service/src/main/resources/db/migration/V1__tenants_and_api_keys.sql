CREATE TABLE tenants (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    plan          VARCHAR(20)  NOT NULL,
    -- Overrides of the plan's hourly budget and of the per-route budgets, as JSON; NULL means the defaults.
    hourly_limit  INT          NULL,
    route_limits  TEXT         NULL,
    cors_origins  TEXT         NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL
);

CREATE TABLE api_keys (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NULL,
    -- The first characters of the key, to recognise it in lists; the key itself is never stored.
    prefix      VARCHAR(20)  NOT NULL,
    key_hash    CHAR(64)     NOT NULL,
    scopes      VARCHAR(500) NOT NULL,
    expires_at  DATETIME(3)  NULL,
    revoked_at  DATETIME(3)  NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    INDEX ix_api_key_tenant (tenant_id)
);
