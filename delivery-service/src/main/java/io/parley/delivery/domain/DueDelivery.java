package io.parley.delivery.domain;

import java.time.Instant;

/** A message that is due, with what its attempt needs of its endpoint. */
public record DueDelivery(long seq, String messageId, String tenantId, String endpointId, String conversationId,
		String payload, int scheduleIndex, String url, String secret, String previousSecret,
		Instant previousSecretExpiresAt, Integer rateLimitPerSecond) {

	@Override
	public String toString() {
		return "DueDelivery[" + messageId + " to " + endpointId + "]";
	}
}
