package io.parley.delivery.domain;

import java.time.Instant;

/** A partner's endpoint: where one tenant's events go, and the secret that signs them. */
public record Endpoint(String id, String tenantId, String url, String description, EventTypeFilter eventTypes,
		boolean enabled, String disabledReason, Integer rateLimitPerSecond, String secret, String previousSecret,
		Instant previousSecretExpiresAt, Instant failingSince, Instant createdAt, Instant updatedAt) {

	/** The rotated-out secret if it still signs at {@code now}. */
	public String previousSecretAt(Instant now) {
		return previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)
				? previousSecret : null;
	}

	@Override
	public String toString() {
		// Secrets are never logged.
		return "Endpoint[" + id + ", tenant " + tenantId + ", " + url + (enabled ? "" : ", disabled") + "]";
	}
}
