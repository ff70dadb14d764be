package io.parley.routing.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events waiting to be published, written in the same transaction as the change that caused them. */
@Repository
public class JdbcOutbox {

	public record Entry(long id, String topic, String key, byte[] payload) {
	}

	private final JdbcClient jdbc;

	JdbcOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(String topic, String key, byte[] payload, Instant now) {
		jdbc.sql("INSERT INTO outbox (topic, record_key, payload, created_at) VALUES (?, ?, ?, ?)")
			.params(topic, key, payload, Timestamp.from(now)).update();
	}

	/** The oldest entries, locked: a second relay waits instead of publishing them again or out of order. */
	public List<Entry> lockOldest(int limit) {
		return jdbc.sql("SELECT id, topic, record_key, payload FROM outbox ORDER BY id LIMIT ? FOR UPDATE").param(limit)
			.query((row, i) -> new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getBytes(4))).list();
	}

	/** Removes exactly the published entries (an entry with a lower id may still be committing). */
	public void delete(List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("DELETE FROM outbox WHERE id IN (:ids)").param("ids", ids).update();
		}
	}

	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
	}
}
