package io.parley.ingest.domain;

/** How an inbound message names its conversation. */
public sealed interface ConversationRef {

	/** No reference: the user's one ongoing conversation on the channel. */
	record Ongoing() implements ConversationRef {
	}

	/**
	 * The caller's own id for the conversation (a session, thread or chat id), scoped to the user and channel;
	 * the kind keeps ids of different kinds apart.
	 */
	record External(String kind, String id) implements ConversationRef {
	}

	/** Parley's id of an existing conversation of the tenant. */
	record Existing(String conversationId) implements ConversationRef {
	}

	/**
	 * A chat session: a conversation whose id is chosen up front and which is found by {@code session:<its id>}, so
	 * the session id the caller sees is the conversation id.
	 */
	record Session(String conversationId) implements ConversationRef {
	}

	static ConversationRef ongoing() {
		return new Ongoing();
	}

	static ConversationRef external(String kind, String id) {
		return id == null || id.isBlank() ? new Ongoing() : new External(kind, id);
	}

	default String externalKey() {
		if (this instanceof Session session) {
			return "session:" + session.conversationId();
		}
		if (this instanceof External external) {
			return external.kind() + ":" + external.id();
		}
		if (this instanceof Ongoing) {
			return "ongoing";
		}
		throw new IllegalStateException("An existing conversation has no external key");
	}
}
