-- Partner endpoints: where a tenant's events go, which ones, and the secret that signs them.
CREATE TABLE endpoints (
    id                          VARCHAR(40)   NOT NULL PRIMARY KEY,
    tenant_id                   VARCHAR(100)  NOT NULL,
    url                         VARCHAR(2048) NOT NULL,
    description                 VARCHAR(500)  NULL,
    event_types                 TEXT          NULL,     -- JSON array of types/wildcards; NULL = every type
    enabled                     BOOLEAN       NOT NULL,
    disabled_reason             VARCHAR(300)  NULL,
    rate_limit_per_second       INT           NULL,
    secret                      VARCHAR(200)  NOT NULL,
    previous_secret             VARCHAR(200)  NULL,
    previous_secret_expires_at  DATETIME(3)   NULL,
    failing_since               DATETIME(3)   NULL,
    created_at                  DATETIME(3)   NOT NULL,
    updated_at                  DATETIME(3)   NOT NULL,
    INDEX endpoints_by_tenant (tenant_id, enabled)
);

-- One message per event and endpoint, recorded before any attempt. Its id is the webhook-id partners deduplicate on.
CREATE TABLE messages (
    seq              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id               VARCHAR(40)   NOT NULL,
    tenant_id        VARCHAR(100)  NOT NULL,
    endpoint_id      VARCHAR(40)   NOT NULL,
    event_id         VARCHAR(64)   NOT NULL,
    event_type       VARCHAR(100)  NOT NULL,
    conversation_id  VARCHAR(100)  NULL,
    payload          MEDIUMTEXT    NULL,     -- NULL once the retention period purged it
    status           VARCHAR(16)   NOT NULL, -- pending, succeeded, failed
    attempt_count    INT           NOT NULL DEFAULT 0,
    schedule_index   INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NULL,
    lease_owner      VARCHAR(40)   NULL,
    lease_until      DATETIME(3)   NULL,
    event_at         DATETIME(3)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    last_attempt_at  DATETIME(3)   NULL,
    delivered_at     DATETIME(3)   NULL,
    UNIQUE KEY messages_id (id),
    UNIQUE KEY messages_per_event_and_endpoint (endpoint_id, event_id),
    INDEX messages_due (status, next_attempt_at),
    INDEX messages_in_conversation_order (endpoint_id, conversation_id, status, seq),
    INDEX messages_of_endpoint (endpoint_id, created_at)
);

-- Every HTTP attempt of a message, with a bounded excerpt of the answer.
CREATE TABLE attempts (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id        VARCHAR(40)   NOT NULL,
    endpoint_id       VARCHAR(40)   NOT NULL,
    tenant_id         VARCHAR(100)  NOT NULL,
    attempted_at      DATETIME(3)   NOT NULL,
    status_code       INT           NULL,
    succeeded         BOOLEAN       NOT NULL,
    latency_ms        BIGINT        NOT NULL,
    response_excerpt  VARCHAR(1024) NULL,
    error             VARCHAR(500)  NULL,
    INDEX attempts_of_message (message_id, id),
    INDEX attempts_of_endpoint (endpoint_id, attempted_at)
);
