-- A principal's chat sessions, newest first (GET /api/chat/sessions), without scanning the tenant's conversations.
CREATE INDEX ix_conversation_owner ON conversations (tenant_id, owner, channel, is_active, updated_at);
