-- Per-tenant routing settings; the row is also the lock that serialises one tenant's assignment work
-- (no conversation is assigned twice, no agent goes over capacity), while tenants run in parallel.
CREATE TABLE tenant_settings (
    tenant_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    confidence_threshold   DOUBLE       NOT NULL,
    sentiment_threshold    DOUBLE       NOT NULL,
    urgency_threshold      INT          NOT NULL,
    unresolved_turns       INT          NOT NULL,
    hourly_assignment_limit INT         NOT NULL,
    vip_priority_step      INT          NOT NULL,
    idle_resolve_seconds   BIGINT       NOT NULL,
    created_at             DATETIME(3)  NOT NULL
);

CREATE TABLE agents (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    seq              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(64)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    description      VARCHAR(1000) NULL,
    skills           TEXT          NOT NULL,
    languages        TEXT          NOT NULL,
    capacity         INT           NOT NULL,
    online           BOOLEAN       NOT NULL,
    endpoint         VARCHAR(2000) NULL,
    system_key       VARCHAR(64)   NULL,
    last_assignment_id BIGINT      NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    UNIQUE KEY agents_seq (seq),
    UNIQUE KEY agents_tenant_name (tenant_id, name),
    KEY agents_tenant_kind (tenant_id, kind)
);

CREATE TABLE routing_rules (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    position         INT           NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    conditions       TEXT          NOT NULL,
    agent_id         VARCHAR(36)   NULL,
    team             VARCHAR(100)  NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    KEY rules_tenant_position (tenant_id, position)
);

CREATE TABLE vip_customers (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    tier             VARCHAR(64)   NOT NULL,
    user_id          VARCHAR(200)  NULL,
    phone_number     VARCHAR(64)   NULL,
    group_name       VARCHAR(200)  NULL,
    priority_steps   INT           NOT NULL,
    force_human      BOOLEAN       NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    KEY vip_tenant (tenant_id)
);

CREATE TABLE conversations (
    tenant_id          VARCHAR(64)  NOT NULL,
    conversation_id    VARCHAR(64)  NOT NULL,
    user_id            VARCHAR(200) NOT NULL,
    channel            VARCHAR(64)  NULL,
    phone_number       VARCHAR(64)  NULL,
    group_name         VARCHAR(200) NULL,
    state              VARCHAR(16)  NOT NULL,
    ai_agent_id        VARCHAR(36)  NULL,
    agent_id           VARCHAR(36)  NULL,
    previous_agent_id  VARCHAR(36)  NULL,
    escalation_reason  VARCHAR(64)  NULL,
    required_skill     VARCHAR(100) NULL,
    language           VARCHAR(16)  NULL,
    priority           INT          NOT NULL DEFAULT 0,
    unresolved_turns   INT          NOT NULL DEFAULT 0,
    queued_at          DATETIME(3)  NULL,
    last_activity_at   DATETIME(3)  NOT NULL,
    opened_at          DATETIME(3)  NOT NULL,
    resolved_at        DATETIME(3)  NULL,
    PRIMARY KEY (tenant_id, conversation_id),
    KEY conversations_queue (tenant_id, state, agent_id, priority, queued_at),
    KEY conversations_agent (agent_id, state),
    KEY conversations_idle (state, last_activity_at)
);

-- One decision per analysed user message: which agent, which rule fired, and why.
CREATE TABLE routing_decisions (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    seq              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(64)   NOT NULL,
    conversation_id  VARCHAR(64)   NOT NULL,
    message_id       VARCHAR(64)   NOT NULL,
    outcome          VARCHAR(16)   NOT NULL,
    agent_id         VARCHAR(36)   NULL,
    rule_id          VARCHAR(36)   NULL,
    rule_name        VARCHAR(200)  NULL,
    escalation_reason VARCHAR(64)  NULL,
    explanation      VARCHAR(2000) NOT NULL,
    decided_at       DATETIME(3)   NOT NULL,
    UNIQUE KEY decisions_seq (seq),
    UNIQUE KEY decisions_message (tenant_id, message_id),
    KEY decisions_conversation (tenant_id, conversation_id, seq)
);

-- Every assignment of a conversation to a human agent (history, and the per-hour fairness count).
CREATE TABLE assignments (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    conversation_id  VARCHAR(64)   NOT NULL,
    agent_id         VARCHAR(36)   NOT NULL,
    assigned_at      DATETIME(3)   NOT NULL,
    released_at      DATETIME(3)   NULL,
    KEY assignments_agent_time (agent_id, assigned_at),
    KEY assignments_conversation (tenant_id, conversation_id)
);

-- Transactional outbox: events are written with the state change that causes them and published in id order.
CREATE TABLE outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic            VARCHAR(100)  NOT NULL,
    record_key       VARCHAR(200)  NOT NULL,
    payload          MEDIUMBLOB    NOT NULL,
    created_at       DATETIME(3)   NOT NULL
);
