package io.parley.insights.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.parley.insights.domain.UserActivity;
import io.parley.insights.domain.UserActivityStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUserActivityStore implements UserActivityStore {

	private final JdbcClient jdbc;

	JdbcUserActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void recordInteraction(String tenantId, String userId, Instant at) {
		Timestamp time = Timestamp.from(at);
		jdbc.sql("""
				INSERT INTO user_activity (tenant_id, user_id, total_interactions, first_seen_at, last_seen_at)
				VALUES (?, ?, 1, ?, ?)
				ON DUPLICATE KEY UPDATE
				    total_interactions = total_interactions + 1,
				    first_seen_at = LEAST(first_seen_at, VALUES(first_seen_at)),
				    last_seen_at = GREATEST(last_seen_at, VALUES(last_seen_at))""")
			.params(tenantId, userId, time, time)
			.update();
	}

	@Override
	public Optional<UserActivity> find(String tenantId, String userId) {
		return jdbc.sql("""
				SELECT total_interactions, first_seen_at, last_seen_at FROM user_activity
				WHERE tenant_id = ? AND user_id = ?""")
			.params(tenantId, userId)
			.query((row, index) -> new UserActivity(tenantId, userId, row.getLong("total_interactions"),
					row.getTimestamp("first_seen_at").toInstant(), row.getTimestamp("last_seen_at").toInstant()))
			.optional();
	}
}
