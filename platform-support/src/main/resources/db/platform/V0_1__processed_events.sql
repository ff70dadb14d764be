-- Idempotent consumers: an event id is recorded in the same transaction as the change it caused.
CREATE TABLE processed_events (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(64)  NOT NULL,
    processed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
