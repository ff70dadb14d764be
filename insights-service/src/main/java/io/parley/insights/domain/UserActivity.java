package io.parley.insights.domain;

import java.time.Instant;

public record UserActivity(String tenantId, String userId, long totalInteractions, Instant firstSeenAt,
		Instant lastSeenAt) {
}
