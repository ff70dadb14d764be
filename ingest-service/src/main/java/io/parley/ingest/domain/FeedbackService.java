package io.parley.ingest.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.parley.platform.messaging.EventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Ratings of conversations: stored, then {@code FeedbackSubmitted} and {@code feedback.submitted} published. */
@Service
public class FeedbackService {

	private final ConversationStore conversations;
	private final JdbcClient jdbc;
	private final IngestEvents events;
	private final EventPublisher publisher;
	private final TransactionTemplate transaction;
	private final Clock clock;

	public FeedbackService(ConversationStore conversations, JdbcClient jdbc, IngestEvents events,
			EventPublisher publisher, TransactionTemplate transaction, Clock clock) {
		this.conversations = conversations;
		this.jdbc = jdbc;
		this.events = events;
		this.publisher = publisher;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Feedback submit(String tenantId, String conversationId, int rating, String comment, String messageId) {
		return transaction.execute(status -> {
			Conversation conversation = conversations.lockExisting(tenantId, conversationId)
				.orElseThrow(() -> new ConversationNotFoundException(conversationId));
			Instant now = clock.instant();
			Feedback feedback = new Feedback(UUID.randomUUID().toString(), tenantId, conversationId, rating, comment,
					messageId, now);
			jdbc.sql("""
					INSERT INTO feedback (id, tenant_id, conversation_id, rating, comment, message_id, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(feedback.id(), tenantId, conversationId, rating, comment, messageId, Timestamp.from(now))
				.update();
			publisher.publish(events.feedbackSubmitted(tenantId, conversation, feedback, now));
			return feedback;
		});
	}
}
