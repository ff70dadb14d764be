-- Facts learned about end users. A contradicted fact is kept with invalid_from set (history), never deleted;
-- only an erasure (right to be forgotten) deletes rows.
CREATE TABLE user_facts (
    fact_id           CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    user_id           VARCHAR(50)   NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    fact_type         VARCHAR(40)   NOT NULL,
    fact_key          VARCHAR(120)  NOT NULL,
    value             VARCHAR(500)  NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    structured_value  TEXT          NULL,
    stance            INT           NOT NULL,
    exclusive_key     BOOLEAN       NOT NULL,
    confidence        DOUBLE        NOT NULL,
    evidence_count    INT           NOT NULL,
    extractor         VARCHAR(80)   NOT NULL,
    embedding         BLOB          NULL,
    first_seen        DATETIME(3)   NOT NULL,
    last_updated      DATETIME(3)   NOT NULL,
    valid_from        DATETIME(3)   NOT NULL,
    invalid_from      DATETIME(3)   NULL,
    replaced_by       CHAR(36)      NULL,
    INDEX ix_facts_user (tenant_id, user_id, invalid_from)
);

-- Every message that supports a fact (for behavior facts, the most recent ones).
CREATE TABLE fact_evidence (
    fact_id           CHAR(36)      NOT NULL,
    message_id        VARCHAR(64)   NOT NULL,
    conversation_id   VARCHAR(64)   NULL,
    observed_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (fact_id, message_id)
);

-- What the stream says about a user's behavior, and the lock that serialises learning per user.
CREATE TABLE user_activity (
    tenant_id         VARCHAR(64)   NOT NULL,
    user_id           VARCHAR(50)   NOT NULL,
    message_count     INT           NOT NULL,
    total_chars       BIGINT        NOT NULL,
    hour_counts       VARCHAR(400)  NOT NULL,
    channel_counts    VARCHAR(1000) NOT NULL,
    sentiments        VARCHAR(1000) NOT NULL,
    first_message_at  DATETIME(3)   NULL,
    last_message_at   DATETIME(3)   NULL,
    PRIMARY KEY (tenant_id, user_id)
);

-- Right-to-be-forgotten requests: events about the user that are older than erased_at are not learned from again.
CREATE TABLE user_erasures (
    tenant_id         VARCHAR(64)   NOT NULL,
    user_id           VARCHAR(50)   NOT NULL,
    erased_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
