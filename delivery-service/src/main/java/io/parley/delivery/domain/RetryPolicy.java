package io.parley.delivery.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When the next attempt of a failed delivery goes out: the schedule's next delay spread by jitter, or the
 * Retry-After a 429/502/503/504 asked for (capped); empty once the schedule is exhausted.
 */
public final class RetryPolicy {

	private final List<Duration> schedule;
	private final double jitter;
	private final Duration maxRetryAfter;

	public RetryPolicy(List<Duration> schedule, double jitter, Duration maxRetryAfter) {
		this.schedule = List.copyOf(schedule);
		this.jitter = jitter;
		this.maxRetryAfter = maxRetryAfter;
	}

	/** Delay of the first attempt. */
	public Duration first() {
		return jittered(schedule.get(0));
	}

	/**
	 * Delay before the attempt after the one at {@code scheduleIndex} failed, or empty when that was the last one.
	 */
	public Optional<Duration> after(int scheduleIndex, Integer status, Duration retryAfter) {
		int next = scheduleIndex + 1;
		if (next >= schedule.size()) {
			return Optional.empty();
		}
		if (retryAfter != null && status != null && honoursRetryAfter(status)) {
			return Optional.of(retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter
					: retryAfter.isNegative() ? Duration.ZERO : retryAfter);
		}
		return Optional.of(jittered(schedule.get(next)));
	}

	public static boolean honoursRetryAfter(int status) {
		return status == 429 || status == 502 || status == 503 || status == 504;
	}

	private Duration jittered(Duration delay) {
		if (jitter == 0 || delay.isZero()) {
			return delay;
		}
		double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
		return Duration.ofMillis(Math.round(delay.toMillis() * factor));
	}
}
