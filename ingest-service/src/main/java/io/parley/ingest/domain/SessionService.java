package io.parley.ingest.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Pulse chatbot's sessions. A session is a conversation on the {@value ChatSession#CHANNEL} channel owned by one
 * principal of one tenant; to anybody else it does not exist ({@link ConversationNotFoundException}). Creating one
 * goes through {@link MessageIntake}, so a new session is announced like any new conversation.
 */
@Service
public class SessionService {

	private final MessageIntake intake;
	private final SessionStore sessions;
	private final ConversationReader conversations;
	private final TransactionTemplate transaction;
	private final Clock clock;

	public SessionService(MessageIntake intake, SessionStore sessions, ConversationReader conversations,
			TransactionTemplate transaction, Clock clock) {
		this.intake = intake;
		this.sessions = sessions;
		this.conversations = conversations;
		this.transaction = transaction;
		this.clock = clock;
	}

	public ChatSession create(SessionOwner owner, String title, String systemPrompt) {
		String sessionId = UUID.randomUUID().toString();
		intake.record(new Intake(owner.tenantId(), owner.userId(), ChatSession.CHANNEL,
				new ConversationRef.Session(sessionId), null,
				new Intake.ConversationDetails(title, systemPrompt, owner.principal(), Map.of()), List.of()));
		return find(owner, sessionId);
	}

	public List<ChatSession> list(SessionOwner owner, int limit) {
		return sessions.activeNewestFirst(owner, limit);
	}

	public ChatSession.WithMessages get(SessionOwner owner, String sessionId) {
		// One transaction, one snapshot: the count and the messages agree even while a clear runs.
		return transaction.execute(status -> new ChatSession.WithMessages(find(owner, sessionId),
				conversations.messages(owner.tenantId(), sessionId, 0, Integer.MAX_VALUE)));
	}

	public ChatSession update(SessionOwner owner, String sessionId, ChatSession.Changes changes) {
		return transaction.execute(status -> {
			find(owner, sessionId);
			sessions.update(sessionId, changes, clock.instant());
			return find(owner, sessionId);
		});
	}

	/** Soft delete: the session becomes inactive and leaves the list, its messages stay. */
	public void delete(SessionOwner owner, String sessionId) {
		update(owner, sessionId, ChatSession.Changes.archive());
	}

	public ChatSession clear(SessionOwner owner, String sessionId) {
		return transaction.execute(status -> {
			find(owner, sessionId);
			sessions.clearMessages(sessionId, clock.instant());
			return find(owner, sessionId);
		});
	}

	private ChatSession find(SessionOwner owner, String sessionId) {
		return sessions.find(owner, sessionId).orElseThrow(() -> new ConversationNotFoundException(sessionId));
	}
}
