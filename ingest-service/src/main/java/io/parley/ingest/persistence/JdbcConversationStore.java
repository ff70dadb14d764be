package io.parley.ingest.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import io.parley.ingest.domain.Conversation;
import io.parley.ingest.domain.ConversationStore;
import io.parley.ingest.domain.StoredMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcConversationStore implements ConversationStore {

	private final JdbcClient jdbc;
	private final JsonMapper jsonMapper;

	JdbcConversationStore(JdbcClient jdbc, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Conversation findOrCreateForUpdate(String tenantId, String userId, String channel, String externalRef,
			Instant now) {
		boolean created = jdbc.sql("""
				INSERT IGNORE INTO conversations
				    (id, tenant_id, user_id, channel, external_ref, status, message_count, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 'open', 0, ?, ?)""")
			.params(UUID.randomUUID().toString(), tenantId, userId, channel, externalRef, Timestamp.from(now),
					Timestamp.from(now))
			.update() == 1;
		return jdbc.sql("""
				SELECT id, user_id, message_count FROM conversations
				WHERE tenant_id = ? AND channel = ? AND user_id = ? AND external_ref = ? FOR UPDATE""")
			.params(tenantId, channel, userId, externalRef)
			.query((row, index) -> new Conversation(row.getString("id"), row.getString("user_id"),
					row.getLong("message_count"), created))
			.single();
	}

	@Override
	public long append(StoredMessage message, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO messages (message_id, tenant_id, conversation_id, sequence_no, role, content, sent_at,
				    session_id, metadata_json, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(message.messageId(), message.tenantId(), message.conversationId(), message.sequence(),
					message.role().name().toLowerCase(), message.content(), Timestamp.from(message.sentAt()),
					message.sessionId(), message.metadata().isEmpty() ? null : jsonMapper.writeValueAsString(message.metadata()),
					Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Override
	public void setMessageCount(String conversationId, long messageCount, Instant now) {
		jdbc.sql("UPDATE conversations SET message_count = ?, updated_at = ? WHERE id = ?")
			.params(messageCount, Timestamp.from(now), conversationId)
			.update();
	}
}
