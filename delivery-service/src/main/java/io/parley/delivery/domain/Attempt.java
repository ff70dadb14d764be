package io.parley.delivery.domain;

import java.time.Instant;

/** One HTTP attempt of a message: when, the answer's status (null when there was none), latency, an excerpt. */
public record Attempt(long id, String messageId, String endpointId, String tenantId, Instant attemptedAt,
		Integer statusCode, boolean succeeded, long latencyMillis, String responseExcerpt, String error) {
}
