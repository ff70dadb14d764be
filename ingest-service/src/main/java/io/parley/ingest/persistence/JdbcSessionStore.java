package io.parley.ingest.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.parley.ingest.domain.ChatSession;
import io.parley.ingest.domain.SessionOwner;
import io.parley.ingest.domain.SessionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSessionStore implements SessionStore {

	/** A session row as its owner sees it: only the owner's chat conversations, cleared messages not counted. */
	private static final String OWNED_SESSIONS = """
			SELECT c.id, c.title, c.system_prompt, c.is_active, c.created_at, c.updated_at,
			    (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.cleared_at IS NULL) AS shown
			FROM conversations c
			WHERE c.tenant_id = ? AND c.owner = ? AND c.channel = ?""";

	private final JdbcClient jdbc;

	JdbcSessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ChatSession> find(SessionOwner owner, String sessionId) {
		return jdbc.sql(OWNED_SESSIONS + " AND c.id = ?")
			.params(owner.tenantId(), owner.principal(), ChatSession.CHANNEL, sessionId)
			.query(JdbcSessionStore::session)
			.optional();
	}

	@Override
	public List<ChatSession> activeNewestFirst(SessionOwner owner, int limit) {
		return jdbc.sql(OWNED_SESSIONS + " AND c.is_active ORDER BY c.updated_at DESC, c.created_at DESC LIMIT ?")
			.params(owner.tenantId(), owner.principal(), ChatSession.CHANNEL, limit)
			.query(JdbcSessionStore::session)
			.list();
	}

	@Override
	public void update(String sessionId, ChatSession.Changes changes, Instant now) {
		jdbc.sql("""
				UPDATE conversations
				SET title = COALESCE(?, title), system_prompt = COALESCE(?, system_prompt),
				    is_active = COALESCE(?, is_active), updated_at = ?
				WHERE id = ?""")
			.params(changes.title(), changes.systemPrompt(), changes.active(), Timestamp.from(now), sessionId)
			.update();
	}

	@Override
	public void clearMessages(String sessionId, Instant now) {
		// The conversation row first: its lock waits for a message being recorded, which is then cleared too.
		jdbc.sql("UPDATE conversations SET updated_at = ? WHERE id = ?")
			.params(Timestamp.from(now), sessionId)
			.update();
		jdbc.sql("UPDATE messages SET cleared_at = ? WHERE conversation_id = ? AND cleared_at IS NULL")
			.params(Timestamp.from(now), sessionId)
			.update();
	}

	private static ChatSession session(ResultSet row, int index) throws SQLException {
		return new ChatSession(row.getString("id"), row.getString("title"), row.getString("system_prompt"),
				row.getBoolean("is_active"), row.getLong("shown"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}
}
