-- Sessions (Pulse) are conversations with a title, a system prompt and an active flag, owned by a principal.
ALTER TABLE conversations
    ADD COLUMN title         VARCHAR(255) NULL,
    ADD COLUMN system_prompt MEDIUMTEXT   NULL,
    ADD COLUMN is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN owner         VARCHAR(200) NULL,
    ADD COLUMN metadata_json MEDIUMTEXT   NULL;

-- The caller's own message id (e.g. WhatsApp's) deduplicates resends; cleared messages stay for the record.
ALTER TABLE messages
    ADD COLUMN external_message_id VARCHAR(191) NULL,
    ADD COLUMN historical          BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN cleared_at          DATETIME(3)  NULL,
    ADD CONSTRAINT uq_message_external UNIQUE (conversation_id, external_message_id);

CREATE TABLE feedback (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    conversation_id CHAR(36)     NOT NULL,
    rating          TINYINT      NOT NULL,
    comment         TEXT         NULL,
    message_id      CHAR(36)     NULL,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_feedback_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);

-- Idempotency-Key: the first answer to a POST, replayed for 24 hours to a retry with the same key and body.
CREATE TABLE idempotency_keys (
    tenant_id     VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    status_code   INT          NULL,
    response_body MEDIUMTEXT   NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (tenant_id, idem_key),
    INDEX ix_idempotency_created (created_at)
);
