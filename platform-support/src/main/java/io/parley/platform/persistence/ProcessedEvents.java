package io.parley.platform.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The idempotent-consumer record: which events a consumer has applied. Call {@link #markProcessed} inside the same
 * database transaction as the change the event causes; redelivery and replay then change nothing twice.
 */
public class ProcessedEvents {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	public ProcessedEvents(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that {@code consumer} applied the event.
	 * @return true the first time; false when the event was applied before and must be skipped
	 */
	public boolean markProcessed(String consumer, String eventId) {
		return jdbc.update("INSERT IGNORE INTO processed_events (consumer, event_id, processed_at) VALUES (?, ?, ?)",
				consumer, eventId, Timestamp.from(clock.instant())) == 1;
	}

	/**
	 * Records that {@code consumer} applied the events, with one query and one batch of inserts rather than a
	 * statement per event.
	 * @return the events not applied before, which are the ones to apply; an event named twice is returned once. If
	 * another transaction records one of them at the same moment, the insert fails on its key and this transaction
	 * must be rolled back and retried
	 */
	public Set<String> markAllProcessed(String consumer, Collection<String> eventIds) {
		Set<String> fresh = new LinkedHashSet<>(eventIds);
		if (fresh.isEmpty()) {
			return fresh;
		}
		String placeholders = String.join(",", Collections.nCopies(fresh.size(), "?"));
		List<Object> parameters = new ArrayList<>();
		parameters.add(consumer);
		parameters.addAll(fresh);
		fresh.removeAll(jdbc.queryForList("SELECT event_id FROM processed_events WHERE consumer = ? AND event_id IN ("
				+ placeholders + ")", String.class, parameters.toArray()));
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("INSERT INTO processed_events (consumer, event_id, processed_at) VALUES (?, ?, ?)",
				fresh.stream().map(eventId -> new Object[] { consumer, eventId, now }).toList());
		return fresh;
	}
}
