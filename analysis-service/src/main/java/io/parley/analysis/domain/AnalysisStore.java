package io.parley.analysis.domain;

import java.util.List;
import java.util.Optional;

public interface AnalysisStore {

	/** Keeps the analyses; a message analysed before fails the call. */
	void saveAll(List<StoredAnalysis> analyses);

	Optional<StoredAnalysis> find(String tenantId, String messageId);

	/**
	 * For each position, the last {@code limit} analysed messages of its conversation before it, oldest first, in
	 * the order of the positions.
	 */
	List<List<StoredAnalysis>> before(List<ConversationPosition> positions, int limit);

	/** A message's place in its conversation. */
	record ConversationPosition(String tenantId, String conversationId, long sequence) {
	}
}
