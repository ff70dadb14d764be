package io.parley.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Chat sessions as their owner sees them. Writes run inside the caller's transaction. */
public interface SessionStore {

	/** The owner's session with that id; empty for an unknown id and for anybody else's session. */
	Optional<ChatSession> find(SessionOwner owner, String sessionId);

	/** The owner's active sessions, most recently updated first, at most {@code limit}. */
	List<ChatSession> activeNewestFirst(SessionOwner owner, int limit);

	void update(String sessionId, ChatSession.Changes changes, Instant now);

	/** Marks the session's messages cleared: kept for the record, no longer shown. */
	void clearMessages(String sessionId, Instant now);
}
