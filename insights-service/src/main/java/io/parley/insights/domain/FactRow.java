package io.parley.insights.domain;

import java.time.Instant;

/** A user fact as learning last described it; {@code versionAt}/{@code versionEvent} decide which event wins. */
public record FactRow(String tenantId, String factId, String userId, String category, String type, String key,
		String value, double confidence, String confidenceLevel, int evidenceCount, Instant firstSeen,
		Instant lastUpdated, boolean active, Instant versionAt, String versionEvent) {

	/** Learning's fact id for "every fact of this user", in its erasure event. */
	public static final String EVERY_FACT = "*";

	/**
	 * The row id under which a user's erasure is kept. Fact ids are unique per tenant, so erasures of two users of
	 * a tenant need ids of their own, or the second would overwrite the first.
	 */
	public static String erasureId(String userId) {
		return EVERY_FACT + ":" + userId;
	}
}
