package io.parley.ingest.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.parley.ingest.domain.Conversation;
import io.parley.ingest.domain.ConversationStore;
import io.parley.ingest.domain.Intake.ConversationDetails;
import io.parley.ingest.domain.RecordedIntake.RecordedMessage;
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
	public Conversation findOrCreateForUpdate(String newId, String tenantId, String userId, String channel, String externalKey,
			ConversationDetails details, Instant now) {
		Optional<Conversation> existing = lockByExternalKey(tenantId, userId, channel, externalKey, false);
		if (existing.isPresent()) {
			return existing.get();
		}
		boolean created = jdbc.sql("""
				INSERT IGNORE INTO conversations (id, tenant_id, user_id, channel, external_ref, status, message_count,
				    title, system_prompt, owner, metadata_json, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 'active', 0, ?, ?, ?, ?, ?, ?)""")
			.params(newId, tenantId, userId, channel, externalKey, details.title(),
					details.systemPrompt(), details.owner(), json(details.metadata()), Timestamp.from(now),
					Timestamp.from(now))
			.update() == 1;
		return lockByExternalKey(tenantId, userId, channel, externalKey, created).orElseThrow();
	}

	private Optional<Conversation> lockByExternalKey(String tenantId, String userId, String channel, String externalKey,
			boolean created) {
		return jdbc.sql("""
				SELECT id, user_id, channel, message_count FROM conversations
				WHERE tenant_id = ? AND channel = ? AND user_id = ? AND external_ref = ? FOR UPDATE""")
			.params(tenantId, channel, userId, externalKey)
			.query((row, index) -> conversation(row, created))
			.optional();
	}

	@Override
	public Optional<Conversation> lockExisting(String tenantId, String conversationId) {
		return jdbc.sql("""
				SELECT id, user_id, channel, message_count FROM conversations
				WHERE tenant_id = ? AND id = ? FOR UPDATE""")
			.params(tenantId, conversationId)
			.query((row, index) -> conversation(row, false))
			.optional();
	}

	@Override
	public Optional<RecordedMessage> findByExternalId(String conversationId, String externalMessageId) {
		return jdbc.sql("""
				SELECT id, message_id, sequence_no FROM messages
				WHERE conversation_id = ? AND external_message_id = ?""")
			.params(conversationId, externalMessageId)
			.query((row, index) -> new RecordedMessage(row.getLong("id"), row.getString("message_id"),
					row.getLong("sequence_no"), false))
			.optional();
	}

	@Override
	public long append(StoredMessage message, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO messages (message_id, tenant_id, conversation_id, sequence_no, role, content, sent_at,
				    external_message_id, historical, metadata_json, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(message.messageId(), message.tenantId(), message.conversationId(), message.sequence(),
					message.role().name().toLowerCase(), message.content(), Timestamp.from(message.sentAt()),
					message.externalMessageId(), message.historical(), json(message.metadata()), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Override
	public void setMessageCount(String conversationId, long messageCount, Instant now) {
		jdbc.sql("UPDATE conversations SET message_count = ?, updated_at = ? WHERE id = ?")
			.params(messageCount, Timestamp.from(now), conversationId)
			.update();
	}

	private String json(Map<String, String> values) {
		return values == null || values.isEmpty() ? null : jsonMapper.writeValueAsString(values);
	}

	private static Conversation conversation(ResultSet row, boolean created) throws SQLException {
		return new Conversation(row.getString("id"), row.getString("user_id"), row.getString("channel"),
				row.getLong("message_count"), created);
	}
}
