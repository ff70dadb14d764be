package io.parley.ingest.domain;

import java.time.Instant;

/** Where ingest keeps conversations and their messages. All calls run inside the caller's transaction. */
public interface ConversationStore {

	/** Finds the conversation by its external reference or creates it, and locks it for this transaction. */
	Conversation findOrCreateForUpdate(String tenantId, String userId, String channel, String externalRef,
			Instant now);

	/** Stores a message and returns its numeric id. */
	long append(StoredMessage message, Instant now);

	void setMessageCount(String conversationId, long messageCount, Instant now);
}
