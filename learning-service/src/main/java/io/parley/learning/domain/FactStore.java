package io.parley.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface FactStore {

	/**
	 * Locks the user for the rest of the transaction (creating their activity row on first sight), so that two
	 * messages of one user are never merged into their facts at once.
	 */
	UserActivity lockUser(String tenantId, String userId);

	void saveActivity(UserActivity activity);

	Optional<UserActivity> activity(String tenantId, String userId);

	Optional<Instant> erasedAt(String tenantId, String userId);

	/** The user's valid facts, with their embeddings and evidence. */
	List<StoredFact> validFacts(String tenantId, String userId);

	/** Valid facts, and invalidated ones too with {@code includeHistory}. */
	List<StoredFact> facts(String tenantId, String userId, boolean includeHistory);

	void insert(StoredFact fact, String conversationId);

	/** Saves a fact's changed fields; adds {@code newEvidenceMessageId} (if not null) to its evidence. */
	void update(StoredFact fact, String newEvidenceMessageId, String conversationId, Instant observedAt);

	/** Keeps only the newest {@code keep} evidence rows of a fact. */
	void trimEvidence(String factId, int keep);

	boolean known(String tenantId, String userId);

	/** Deletes everything known about the user and records the erasure; returns how many facts were deleted. */
	int erase(String tenantId, String userId, Instant erasedAt);
}
