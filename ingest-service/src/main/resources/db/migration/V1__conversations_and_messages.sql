CREATE TABLE conversations (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(50)  NOT NULL,
    channel       VARCHAR(32)  NOT NULL,
    -- The caller's thread/chat/session id for this user, or 'ongoing' when the caller sends none.
    external_ref  VARCHAR(191) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    message_count BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_conversation_ref UNIQUE (tenant_id, user_id, channel, external_ref)
);

CREATE TABLE messages (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id          CHAR(36)     NOT NULL,
    tenant_id           VARCHAR(64)  NOT NULL,
    conversation_id     CHAR(36)     NOT NULL,
    sequence_no         BIGINT       NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    content             MEDIUMTEXT   NOT NULL,
    sent_at             DATETIME(3)  NOT NULL,
    session_id          VARCHAR(191) NULL,
    metadata_json       MEDIUMTEXT   NULL,
    created_at          DATETIME(3)  NOT NULL,
    CONSTRAINT uq_message_id UNIQUE (message_id),
    CONSTRAINT uq_message_sequence UNIQUE (conversation_id, sequence_no),
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);
