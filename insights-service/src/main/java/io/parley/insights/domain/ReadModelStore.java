package io.parley.insights.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the projections keep their state; every write happens in the caller's transaction. */
public interface ReadModelStore {

	/** The event ids of {@code eventIds} this consumer has not applied yet. */
	Set<String> unprocessed(String consumer, Collection<String> eventIds);

	void markProcessed(String consumer, Collection<String> eventIds);

	/** Conversations by "tenant/conversation" key, locked until the transaction ends. */
	Map<String, ConversationState> lockConversations(Collection<ConversationState> keys);

	Map<String, MessageState> lockMessages(Collection<MessageState> keys);

	void saveConversations(Collection<ConversationState> conversations);

	void saveMessages(Collection<MessageState> messages);

	/** Adds the vectors to the 15-minute and the daily rollups. */
	void addToRollups(Map<RollupKey, long[]> deltas);

	/** Stores each fact unless the stored one comes from a later event. */
	void upsertFacts(List<FactRow> facts);

	void appendChanges(List<UserChange> changes);

	/** Empties every read model and the consumer's processed-event record: the start of a rebuild. */
	void clearAll(String consumer);

	/** Whether a migration asked for a rebuild (a read model the committed offsets cannot fill). */
	boolean rebuildRequested();

	/** Forgets the migration's request: the rebuild has started. */
	void rebuildStarted();

	static String key(String tenantId, String id) {
		return tenantId + "/" + id;
	}
}
