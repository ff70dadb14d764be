package io.parley.insights.domain;

import java.time.Instant;

/**
 * Something that changed for a user (a fact, or a new interaction), in the order insights applied it; the SSE
 * streams send these and resume after a {@code Last-Event-ID} ({@link #seq}).
 */
public record UserChange(long seq, String tenantId, String userId, String kind, String payload, Instant occurredAt) {

	public static final String FACT = "fact";
	public static final String INTERACTION = "interaction";
}
