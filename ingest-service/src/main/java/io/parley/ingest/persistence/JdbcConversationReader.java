package io.parley.ingest.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.parley.events.MessageRole;
import io.parley.ingest.domain.ConversationReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcConversationReader implements ConversationReader {

	private final JdbcClient jdbc;

	JdbcConversationReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ConversationSummary> find(String tenantId, String conversationId) {
		return jdbc.sql("SELECT * FROM conversations WHERE tenant_id = ? AND id = ?")
			.params(tenantId, conversationId)
			.query(JdbcConversationReader::summary)
			.optional();
	}

	@Override
	public List<MessageEntry> messages(String tenantId, String conversationId, long afterSequence, int limit) {
		return jdbc.sql("""
				SELECT id, message_id, sequence_no, role, content, sent_at, external_message_id, historical
				FROM messages
				WHERE tenant_id = ? AND conversation_id = ? AND sequence_no > ? AND cleared_at IS NULL
				ORDER BY sequence_no LIMIT ?""")
			.params(tenantId, conversationId, afterSequence, limit)
			.query((row, index) -> new MessageEntry(row.getLong("id"), row.getString("message_id"),
					row.getLong("sequence_no"), MessageRole.valueOf(row.getString("role").toUpperCase(Locale.ROOT)),
					row.getString("content"), row.getTimestamp("sent_at").toInstant(),
					row.getString("external_message_id"), row.getBoolean("historical")))
			.list();
	}

	static ConversationSummary summary(ResultSet row, int index) throws SQLException {
		return new ConversationSummary(row.getString("id"), row.getString("user_id"), row.getString("channel"),
				row.getString("external_ref"), row.getString("status"), row.getString("title"),
				row.getString("system_prompt"), row.getBoolean("is_active"), row.getString("owner"),
				row.getLong("message_count"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}
}
