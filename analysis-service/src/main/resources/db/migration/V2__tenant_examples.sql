-- Example phrases a tenant adds to the shipped ones (its own products, jargon and topics).
CREATE TABLE tenant_examples (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    label       VARCHAR(40)  NOT NULL,
    phrase      VARCHAR(300) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    UNIQUE KEY uq_tenant_example (tenant_id, kind, label, phrase)
);
