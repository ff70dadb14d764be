package io.parley.insights.domain;

import java.time.Instant;
import java.util.Optional;

public interface UserActivityStore {

	/** Counts one interaction of the user at the given time. */
	void recordInteraction(String tenantId, String userId, Instant at);

	Optional<UserActivity> find(String tenantId, String userId);
}
