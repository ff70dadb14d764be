package io.parley.ingest.domain;

import java.time.Instant;
import java.util.List;

import io.parley.ingest.domain.ConversationReader.MessageEntry;

/**
 * A Pulse chat session: a conversation on the {@value #CHANNEL} channel with a title and a system prompt.
 *
 * @param messageCount the messages the session shows, cleared ones not counted
 * @param active false once the session is deleted (archived)
 */
public record ChatSession(String id, String title, String systemPrompt, boolean active, long messageCount,
		Instant createdAt, Instant updatedAt) {

	public static final String CHANNEL = "chat";

	/** A session with the messages it shows, oldest first. */
	public record WithMessages(ChatSession session, List<MessageEntry> messages) {
	}

	/** What to change in a session; a null value leaves that field as it is. */
	public record Changes(String title, String systemPrompt, Boolean active) {

		static Changes archive() {
			return new Changes(null, null, false);
		}
	}
}
