package io.parley.analysis.domain;

import java.util.List;
import java.util.Optional;

public interface AnalysisStore {

	void save(StoredAnalysis analysis);

	Optional<StoredAnalysis> find(String tenantId, String messageId);

	/** The last {@code limit} analysed messages of a conversation before a sequence number, oldest first. */
	List<StoredAnalysis> before(String tenantId, String conversationId, long sequence, int limit);
}
