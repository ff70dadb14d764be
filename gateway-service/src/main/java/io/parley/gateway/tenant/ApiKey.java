package io.parley.gateway.tenant;

import java.time.Instant;
import java.util.Set;

/** An API key as stored: never the key itself, only its hash and a recognisable prefix. */
public record ApiKey(String id, String tenantId, String name, String prefix, Set<String> scopes, Instant expiresAt,
		Instant revokedAt, Instant createdAt) {

	public boolean isUsableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}
}
