package io.parley.delivery.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's clock in tests: real time plus an offset that tests advance, so a 30-minute retry is reached by
 * advancing, never by sleeping. {@link #reset()} brings it back to real time (the Standard Webhooks verifier compares
 * webhook-timestamp with the real time).
 */
public final class TestClock extends Clock {

	public static final TestClock INSTANCE = new TestClock();

	private final AtomicLong offsetMillis = new AtomicLong();

	private TestClock() {
	}

	public void advance(Duration duration) {
		offsetMillis.addAndGet(duration.toMillis());
	}

	public void reset() {
		offsetMillis.set(0);
	}

	@Override
	public Instant instant() {
		return Instant.now().plusMillis(offsetMillis.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}
}
