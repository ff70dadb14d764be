package io.parley.delivery.domain;

import java.time.Instant;

/** One event bound for one endpoint, recorded before it is attempted. Its id is the {@code webhook-id}. */
public record DeliveryMessage(long seq, String id, String tenantId, String endpointId, String eventId,
		String eventType, String conversationId, String payload, Status status, int attemptCount, int scheduleIndex,
		Instant nextAttemptAt, Instant eventAt, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt) {

	public enum Status {
		PENDING, SUCCEEDED, FAILED
	}
}
