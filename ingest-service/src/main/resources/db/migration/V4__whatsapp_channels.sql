-- A tenant's WhatsApp Cloud API (Meta) channel: Meta's GET subscription check must echo the challenge only for
-- this verify token, and each POST must be signed (X-Hub-Signature-256) with this app secret. The secret is kept
-- as given because the signature check needs it; the API never returns it.
CREATE TABLE whatsapp_channels (
    tenant_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    verify_token VARCHAR(255) NOT NULL,
    app_secret   VARCHAR(255) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL
);
