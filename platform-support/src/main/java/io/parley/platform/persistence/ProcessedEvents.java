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

	/** Events per statement: well inside any server's limits on placeholders and packet size. */
	private static final int CHUNK = 500;

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
	 * Records that {@code consumer} applied the events, in one query and one multi-row insert per few hundred events
	 * rather than a statement per event.
	 * @return the events not applied before, which are the ones to apply; an event named twice is returned once. If
	 * another transaction records one of them at the same moment, the insert fails on its key and this transaction
	 * must be rolled back and retried
	 */
	public Set<String> markAllProcessed(String consumer, Collection<String> eventIds) {
		Set<String> fresh = unprocessed(consumer, eventIds);
		record(consumer, fresh);
		return fresh;
	}

	/** The events {@code consumer} has not applied yet, each once. */
	public Set<String> unprocessed(String consumer, Collection<String> eventIds) {
		Set<String> fresh = new LinkedHashSet<>(eventIds);
		for (List<String> chunk : chunks(new ArrayList<>(fresh))) {
			List<Object> parameters = new ArrayList<>(chunk.size() + 1);
			parameters.add(consumer);
			parameters.addAll(chunk);
			fresh.removeAll(jdbc.queryForList("SELECT event_id FROM processed_events WHERE consumer = ? AND event_id IN ("
					+ String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", String.class,
					parameters.toArray()));
		}
		return fresh;
	}

	/**
	 * Records events as applied, as multi-row inserts built here, so no driver setting is needed for them to be
	 * fast. An event recorded before fails the insert on its key.
	 */
	public void record(String consumer, Collection<String> eventIds) {
		Timestamp now = Timestamp.from(clock.instant());
		for (List<String> chunk : chunks(new ArrayList<>(eventIds))) {
			List<Object> parameters = new ArrayList<>(chunk.size() * 3);
			chunk.forEach(eventId -> parameters.addAll(List.of(consumer, eventId, now)));
			jdbc.update("INSERT INTO processed_events (consumer, event_id, processed_at) VALUES "
					+ String.join(",", Collections.nCopies(chunk.size(), "(?, ?, ?)")), parameters.toArray());
		}
	}

	private static List<List<String>> chunks(List<String> eventIds) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < eventIds.size(); from += CHUNK) {
			chunks.add(eventIds.subList(from, Math.min(eventIds.size(), from + CHUNK)));
		}
		return chunks;
	}
}
