package io.parley.ingest.domain;

import java.time.Instant;
import java.util.Optional;

import io.parley.ingest.domain.Intake.ConversationDetails;

/** Where ingest keeps conversations and their messages. Writes run inside the caller's transaction. */
public interface ConversationStore {

	/**
	 * Finds the user's conversation by its external key or creates it with the id {@code newId}, and locks it for this
	 * transaction.
	 */
	Conversation findOrCreateForUpdate(String newId, String tenantId, String userId, String channel, String externalKey,
			ConversationDetails details, Instant now);

	/** The tenant's conversation, locked for this transaction. */
	Optional<Conversation> lockExisting(String tenantId, String conversationId);

	/** A message the conversation already holds under the caller's own id. */
	Optional<RecordedIntake.RecordedMessage> findByExternalId(String conversationId, String externalMessageId);

	/** Stores a message and returns its numeric id. */
	long append(StoredMessage message, Instant now);

	void setMessageCount(String conversationId, long messageCount, Instant now);
}
