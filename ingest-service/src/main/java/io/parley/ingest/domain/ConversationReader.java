package io.parley.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.parley.events.MessageRole;

/** Reads conversations and their messages, always within one tenant. */
public interface ConversationReader {

	Optional<ConversationSummary> find(String tenantId, String conversationId);

	/**
	 * Messages in order, after the given sequence number (0 for the start), at most {@code limit}; cleared messages
	 * are left out.
	 */
	List<MessageEntry> messages(String tenantId, String conversationId, long afterSequence, int limit);

	record ConversationSummary(String id, String userId, String channel, String externalRef, String status,
			String title, String systemPrompt, boolean active, String owner, long messageCount, Instant createdAt,
			Instant updatedAt) {
	}

	record MessageEntry(long id, String messageId, long sequence, MessageRole role, String content, Instant sentAt,
			String externalMessageId, boolean historical) {
	}
}
