package io.parley.ingest.domain;

/** The tenant has no conversation with that id. */
public class ConversationNotFoundException extends RuntimeException {

	public ConversationNotFoundException(String conversationId) {
		super("No conversation " + conversationId + " for this tenant");
	}
}
