package io.parley.ingest.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The first answer to each POST sent with an {@code Idempotency-Key}, per tenant, kept 24 hours. A key is claimed
 * ("pending") before the request runs, so two concurrent retries cannot both go through; a claim whose request
 * died is taken over after a minute.
 */
@Repository
class IdempotencyStore {

	static final Duration RETENTION = Duration.ofHours(24);
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

	sealed interface Claim {
	}

	record Claimed() implements Claim {
	}

	record Replay(int status, String body) implements Claim {
	}

	record DifferentRequest() implements Claim {
	}

	record InProgress() implements Claim {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	IdempotencyStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Claim claim(String tenantId, String key, String requestHash) {
		Instant now = clock.instant();
		if (insertPending(tenantId, key, requestHash, now)) {
			return new Claimed();
		}
		Optional<Row> existing = jdbc.sql("""
				SELECT request_hash, state, status_code, response_body, created_at FROM idempotency_keys
				WHERE tenant_id = ? AND idem_key = ?""")
			.params(tenantId, key)
			.query((row, index) -> new Row(row.getString("request_hash"), row.getString("state"),
					row.getInt("status_code"), row.getString("response_body"), row.getTimestamp("created_at").toInstant()))
			.optional();
		if (existing.isEmpty()) {
			return insertPending(tenantId, key, requestHash, now) ? new Claimed() : new InProgress();
		}
		Row row = existing.get();
		if (row.createdAt().isBefore(now.minus(RETENTION))) {
			forget(tenantId, key);
			return insertPending(tenantId, key, requestHash, now) ? new Claimed() : new InProgress();
		}
		if (!row.requestHash().equals(requestHash)) {
			return new DifferentRequest();
		}
		if ("complete".equals(row.state())) {
			return new Replay(row.statusCode(), row.responseBody());
		}
		if (row.createdAt().isBefore(now.minus(ABANDONED_AFTER))) {
			int taken = jdbc.sql("UPDATE idempotency_keys SET created_at = ? WHERE tenant_id = ? AND idem_key = ? AND state = 'pending' AND created_at = ?")
				.params(Timestamp.from(now), tenantId, key, Timestamp.from(row.createdAt()))
				.update();
			return taken == 1 ? new Claimed() : new InProgress();
		}
		return new InProgress();
	}

	void complete(String tenantId, String key, int status, String body) {
		jdbc.sql("UPDATE idempotency_keys SET state = 'complete', status_code = ?, response_body = ? WHERE tenant_id = ? AND idem_key = ?")
			.params(status, body, tenantId, key)
			.update();
	}

	void forget(String tenantId, String key) {
		jdbc.sql("DELETE FROM idempotency_keys WHERE tenant_id = ? AND idem_key = ?").params(tenantId, key).update();
	}

	private boolean insertPending(String tenantId, String key, String requestHash, Instant now) {
		return jdbc.sql("""
				INSERT IGNORE INTO idempotency_keys (tenant_id, idem_key, request_hash, state, created_at)
				VALUES (?, ?, ?, 'pending', ?)""")
			.params(tenantId, key, requestHash, Timestamp.from(now))
			.update() == 1;
	}

	private record Row(String requestHash, String state, int statusCode, String responseBody, Instant createdAt) {
	}
}
