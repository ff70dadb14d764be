-- Per tenant and end user: how many interactions (user turns) and when the user was last seen.
CREATE TABLE user_activity (
    tenant_id          VARCHAR(64)  NOT NULL,
    user_id            VARCHAR(50)  NOT NULL,
    total_interactions BIGINT       NOT NULL,
    first_seen_at      DATETIME(3)  NOT NULL,
    last_seen_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
