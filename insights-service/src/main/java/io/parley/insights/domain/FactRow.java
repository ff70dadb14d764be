package io.parley.insights.domain;

import java.time.Instant;

/** A user fact as learning last described it; {@code versionAt}/{@code versionEvent} decide which event wins. */
public record FactRow(String tenantId, String factId, String userId, String category, String type, String key,
		String value, double confidence, String confidenceLevel, int evidenceCount, Instant firstSeen,
		Instant lastUpdated, boolean active, Instant versionAt, String versionEvent) {
}
