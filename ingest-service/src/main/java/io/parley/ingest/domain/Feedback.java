package io.parley.ingest.domain;

import java.time.Instant;

/** A rating (1 to 5) of a conversation, optionally of one of its messages. */
public record Feedback(String id, String tenantId, String conversationId, int rating, String comment, String messageId,
		Instant createdAt) {
}
