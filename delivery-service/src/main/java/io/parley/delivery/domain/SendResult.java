package io.parley.delivery.domain;

import java.time.Duration;

/**
 * What one HTTP attempt got: the status (null when no answer came: refused address, connection error, timeout), the
 * Retry-After it asked for, an excerpt of the answer, and how long it took.
 */
public record SendResult(Integer statusCode, Duration retryAfter, String responseExcerpt, String error,
		long latencyMillis) {

	public boolean succeeded() {
		return statusCode != null && statusCode >= 200 && statusCode < 300;
	}
}
