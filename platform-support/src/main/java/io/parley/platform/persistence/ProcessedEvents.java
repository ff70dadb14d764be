package io.parley.platform.persistence;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The idempotent-consumer record: which events a consumer has applied. Call {@link #markProcessed} inside the same
 * database transaction as the change the event causes; redelivery and replay then change nothing twice.
 */
public class ProcessedEvents {

	private final JdbcClient jdbcClient;
	private final Clock clock;

	public ProcessedEvents(JdbcClient jdbcClient, Clock clock) {
		this.jdbcClient = jdbcClient;
		this.clock = clock;
	}

	/**
	 * Records that {@code consumer} applied the event.
	 * @return true the first time; false when the event was applied before and must be skipped
	 */
	public boolean markProcessed(String consumer, String eventId) {
		return jdbcClient.sql("INSERT IGNORE INTO processed_events (consumer, event_id, processed_at) VALUES (?, ?, ?)")
			.params(consumer, eventId, Timestamp.from(clock.instant()))
			.update() == 1;
	}
}
