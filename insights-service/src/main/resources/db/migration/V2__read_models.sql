-- The read models insights serves from. Every table is keyed by tenant first: no query crosses tenants.
-- Replaced by the messages table below (interactions are counted from it).
DROP TABLE user_activity;

-- One row per message (any role) and its analysis, whichever arrives first.
CREATE TABLE messages (
    tenant_id        VARCHAR(64)   NOT NULL,
    message_id       VARCHAR(64)   NOT NULL,
    conversation_id  VARCHAR(64)   NOT NULL,
    user_id          VARCHAR(50)   NOT NULL,
    role             VARCHAR(16)   NULL,
    channel          VARCHAR(32)   NULL,
    content          TEXT          NULL,
    customer_name    VARCHAR(200)  NULL,
    sent_at          DATETIME(3)   NOT NULL,
    analysed_at      DATETIME(3)   NULL,
    analysis_event   VARCHAR(64)   NULL,
    sentiment        VARCHAR(16)   NULL,
    sentiment_score  DOUBLE        NULL,
    urgency          INT           NULL,
    category         VARCHAR(16)   NULL,
    priority         VARCHAR(16)   NULL,
    action_required  BOOLEAN       NULL,
    topics           VARCHAR(2000) NULL,
    PRIMARY KEY (tenant_id, message_id),
    KEY messages_by_user (tenant_id, user_id, sent_at)
);

-- One row per conversation: the state its events built, whatever order they came in.
CREATE TABLE conversations (
    tenant_id          VARCHAR(64)  NOT NULL,
    conversation_id    VARCHAR(64)  NOT NULL,
    user_id            VARCHAR(50)  NULL,
    channel            VARCHAR(32)  NULL,
    started_at         DATETIME(3)  NOT NULL,
    first_user_at      DATETIME(3)  NULL,
    first_reply_at     DATETIME(3)  NULL,
    pending_user_at    DATETIME(3)  NULL,
    reply_sum_ms       BIGINT       NOT NULL DEFAULT 0,
    reply_count        INT          NOT NULL DEFAULT 0,
    message_count      INT          NOT NULL DEFAULT 0,
    user_message_count INT          NOT NULL DEFAULT 0,
    last_message_at    DATETIME(3)  NULL,
    category           VARCHAR(16)  NULL,
    category_at        DATETIME(3)  NULL,
    escalated_at       DATETIME(3)  NULL,
    escalation_reason  VARCHAR(64)  NULL,
    resolved_at        DATETIME(3)  NULL,
    resolution         VARCHAR(16)  NULL,
    resolved_by        VARCHAR(100) NULL,
    closed_at          DATETIME(3)  NULL,
    agent_id           VARCHAR(100) NULL,
    agent_at           DATETIME(3)  NULL,
    ai_first_at        DATETIME(3)  NULL,
    human_first_at     DATETIME(3)  NULL,
    rating_sum         INT          NOT NULL DEFAULT 0,
    rating_count       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, conversation_id),
    KEY conversations_by_start (tenant_id, started_at)
);

-- Each user's facts as learning last described them (latest event by occurredAt wins).
CREATE TABLE user_facts (
    tenant_id        VARCHAR(64)  NOT NULL,
    fact_id          VARCHAR(64)  NOT NULL,
    user_id          VARCHAR(50)  NOT NULL,
    category         VARCHAR(64)  NOT NULL,
    fact_type        VARCHAR(64)  NOT NULL,
    fact_key         VARCHAR(200) NOT NULL,
    fact_value       TEXT         NOT NULL,
    confidence       DOUBLE       NOT NULL,
    confidence_level VARCHAR(8)   NOT NULL,
    evidence_count   INT          NOT NULL,
    first_seen       DATETIME(3)  NOT NULL,
    last_updated     DATETIME(3)  NOT NULL,
    active           BOOLEAN      NOT NULL,
    version_at       DATETIME(3)  NOT NULL,
    version_event    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (tenant_id, fact_id),
    KEY facts_by_user (tenant_id, user_id)
);

-- What changed for a user, in order: the SSE streams read it, and Last-Event-ID resumes from it.
CREATE TABLE user_changes (
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(64)  NOT NULL,
    user_id     VARCHAR(50)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    payload     TEXT         NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (seq),
    KEY changes_by_user (tenant_id, user_id, seq),
    KEY changes_by_tenant (tenant_id, seq)
);
-- Additive counters per tenant, 15-minute buckets (UTC): any timezone's days, and the edges of a range; dim 'all' plus breakdowns (category, channel, agent, ...).
CREATE TABLE rollup_quarter (
    tenant_id VARCHAR(64) NOT NULL,
    dim       VARCHAR(24) NOT NULL,
    bucket    DATETIME NOT NULL,
    dim_value VARCHAR(100) NOT NULL,
    conversations BIGINT NOT NULL DEFAULT 0,
    ai_resolved BIGINT NOT NULL DEFAULT 0,
    escalated BIGINT NOT NULL DEFAULT 0,
    resolved BIGINT NOT NULL DEFAULT 0,
    handoffs BIGINT NOT NULL DEFAULT 0,
    frt_sum_ms BIGINT NOT NULL DEFAULT 0,
    frt_count BIGINT NOT NULL DEFAULT 0,
    reply_sum_ms BIGINT NOT NULL DEFAULT 0,
    reply_count BIGINT NOT NULL DEFAULT 0,
    resolution_sum_ms BIGINT NOT NULL DEFAULT 0,
    resolution_count BIGINT NOT NULL DEFAULT 0,
    rating_sum BIGINT NOT NULL DEFAULT 0,
    rating_count BIGINT NOT NULL DEFAULT 0,
    messages BIGINT NOT NULL DEFAULT 0,
    user_messages BIGINT NOT NULL DEFAULT 0,
    analysed BIGINT NOT NULL DEFAULT 0,
    urgency_sum BIGINT NOT NULL DEFAULT 0,
    sentiment_milli_sum BIGINT NOT NULL DEFAULT 0,
    action_required BIGINT NOT NULL DEFAULT 0,
    positive BIGINT NOT NULL DEFAULT 0,
    negative BIGINT NOT NULL DEFAULT 0,
    neutral BIGINT NOT NULL DEFAULT 0,
    urgent BIGINT NOT NULL DEFAULT 0,
    high_urgency BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, dim, bucket, dim_value)
);

-- Additive counters per tenant, UTC days: totals over long ranges; dim 'all' plus breakdowns (category, channel, agent, ...).
CREATE TABLE rollup_day (
    tenant_id VARCHAR(64) NOT NULL,
    dim       VARCHAR(24) NOT NULL,
    bucket    DATE NOT NULL,
    dim_value VARCHAR(100) NOT NULL,
    conversations BIGINT NOT NULL DEFAULT 0,
    ai_resolved BIGINT NOT NULL DEFAULT 0,
    escalated BIGINT NOT NULL DEFAULT 0,
    resolved BIGINT NOT NULL DEFAULT 0,
    handoffs BIGINT NOT NULL DEFAULT 0,
    frt_sum_ms BIGINT NOT NULL DEFAULT 0,
    frt_count BIGINT NOT NULL DEFAULT 0,
    reply_sum_ms BIGINT NOT NULL DEFAULT 0,
    reply_count BIGINT NOT NULL DEFAULT 0,
    resolution_sum_ms BIGINT NOT NULL DEFAULT 0,
    resolution_count BIGINT NOT NULL DEFAULT 0,
    rating_sum BIGINT NOT NULL DEFAULT 0,
    rating_count BIGINT NOT NULL DEFAULT 0,
    messages BIGINT NOT NULL DEFAULT 0,
    user_messages BIGINT NOT NULL DEFAULT 0,
    analysed BIGINT NOT NULL DEFAULT 0,
    urgency_sum BIGINT NOT NULL DEFAULT 0,
    sentiment_milli_sum BIGINT NOT NULL DEFAULT 0,
    action_required BIGINT NOT NULL DEFAULT 0,
    positive BIGINT NOT NULL DEFAULT 0,
    negative BIGINT NOT NULL DEFAULT 0,
    neutral BIGINT NOT NULL DEFAULT 0,
    urgent BIGINT NOT NULL DEFAULT 0,
    high_urgency BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, dim, bucket, dim_value)
);
