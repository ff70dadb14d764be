package io.parley.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param store {@code redis} (shared by all replicas) or {@code in-memory} (one gateway, no Redis)
 * @param timeout how long a request may wait for the rate limiter before the fallback applies
 * @param fallback what happens when the store does not answer in time: {@code allow} or {@code deny}
 */
@ConfigurationProperties("parley.gateway.rate-limit")
public record RateLimitProperties(String store, Duration timeout, Fallback fallback) {

	public enum Fallback {
		ALLOW, DENY
	}

	public RateLimitProperties {
		store = store == null || store.isBlank() ? "redis" : store;
		timeout = timeout == null ? Duration.ofMillis(50) : timeout;
		fallback = fallback == null ? Fallback.ALLOW : fallback;
	}

	boolean inMemory() {
		return "in-memory".equalsIgnoreCase(store);
	}
}
