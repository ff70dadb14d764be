package io.parley.gateway.ratelimit;

import java.time.Duration;

/**
 * A number of requests a tenant may make per window, enforced as a token bucket: the bucket holds {@code limit}
 * tokens and refills at {@code limit / window}, so a tenant can burst up to its limit and then continues at the
 * average rate.
 */
public record Budget(String name, int limit, Duration window) {

	/** Identifies the bucket's parameters; a changed limit starts a fresh bucket. */
	public String id() {
		return name + "-" + limit + "-per-" + window.toSeconds() + "s";
	}

	public double tokensPerSecond() {
		return (double) limit / window.toSeconds();
	}

	public long secondsPerToken() {
		return (long) Math.ceil(1 / tokensPerSecond());
	}
}
