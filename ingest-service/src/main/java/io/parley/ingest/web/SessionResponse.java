package io.parley.ingest.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.parley.ingest.domain.ChatSession;
import io.parley.ingest.domain.ConversationReader.MessageEntry;

/** A session as the Pulse chatbot reads it. */
record SessionResponse(String id, String title, String systemPrompt, boolean isActive, long messageCount,
		Instant createdAt, Instant updatedAt) {

	static SessionResponse of(ChatSession session) {
		return new SessionResponse(session.id(), session.title(), session.systemPrompt(), session.active(),
				session.messageCount(), session.createdAt(), session.updatedAt());
	}

	/** {@code GET /api/chat/sessions}. */
	record Sessions(List<SessionResponse> sessions) {

		static Sessions of(List<ChatSession> sessions) {
			return new Sessions(sessions.stream().map(SessionResponse::of).toList());
		}
	}

	/** {@code GET /api/chat/sessions/{session_id}}: the session and the messages it shows, oldest first. */
	record WithMessages(String id, String title, String systemPrompt, boolean isActive, long messageCount,
			Instant createdAt, Instant updatedAt, List<Message> messages) {

		static WithMessages of(ChatSession.WithMessages found) {
			ChatSession session = found.session();
			return new WithMessages(session.id(), session.title(), session.systemPrompt(), session.active(),
					session.messageCount(), session.createdAt(), session.updatedAt(),
					found.messages().stream().map(Message::of).toList());
		}
	}

	/** @param id the message's uuid */
	record Message(String id, String role, String content, Instant timestamp) {

		static Message of(MessageEntry entry) {
			return new Message(entry.messageId(), entry.role().name().toLowerCase(Locale.ROOT), entry.content(),
					entry.sentAt());
		}
	}
}
