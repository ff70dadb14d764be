package io.parley.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.parley.delivery.domain.Attempt;
import io.parley.delivery.domain.DeliveryMessage;
import io.parley.delivery.domain.DueDelivery;
import io.parley.delivery.domain.MessageStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.parley.delivery.persistence.Sql.instant;
import static io.parley.delivery.persistence.Sql.integer;
import static io.parley.delivery.persistence.Sql.ts;

@Repository
class JdbcMessageStore implements MessageStore {

	private final JdbcClient jdbc;

	JdbcMessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean insert(DeliveryMessage m) {
		return jdbc.sql("""
				INSERT IGNORE INTO messages (id, tenant_id, endpoint_id, event_id, event_type, conversation_id, payload,
				    status, attempt_count, schedule_index, next_attempt_at, event_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)""")
			.params(m.id(), m.tenantId(), m.endpointId(), m.eventId(), m.eventType(), m.conversationId(), m.payload(),
					status(m.status()), ts(m.nextAttemptAt()), ts(m.eventAt()), ts(m.createdAt()))
			.update() == 1;
	}

	@Override
	public int insertAll(List<DeliveryMessage> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		StringBuilder sql = new StringBuilder("INSERT IGNORE INTO messages (id, tenant_id, endpoint_id, event_id, "
				+ "event_type, conversation_id, payload, status, attempt_count, schedule_index, next_attempt_at, "
				+ "event_at, created_at) VALUES ");
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			DeliveryMessage m = batch.get(i);
			sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)");
			params.addAll(java.util.Arrays.asList(m.id(), m.tenantId(), m.endpointId(), m.eventId(), m.eventType(),
					m.conversationId(), m.payload(), status(m.status()), ts(m.nextAttemptAt()), ts(m.eventAt()),
					ts(m.createdAt())));
		}
		return jdbc.sql(sql.toString()).params(params).update();
	}

	@Override
	public void recordAttempts(List<Attempt> batch) {
		if (batch.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("INSERT INTO attempts (message_id, endpoint_id, tenant_id, attempted_at, "
				+ "status_code, succeeded, latency_ms, response_excerpt, error) VALUES ");
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			Attempt a = batch.get(i);
			sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
			params.addAll(java.util.Arrays.asList(a.messageId(), a.endpointId(), a.tenantId(), ts(a.attemptedAt()),
					a.statusCode(), a.succeeded(), a.latencyMillis(), a.responseExcerpt(), a.error()));
		}
		jdbc.sql(sql.toString()).params(params).update();
	}

	@Override
	public void succeeded(Collection<Long> seqs, Instant at) {
		if (seqs.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>(List.of(ts(at), ts(at)));
		params.addAll(seqs);
		jdbc.sql("UPDATE messages SET status = 'succeeded', attempt_count = attempt_count + 1, last_attempt_at = ?, "
				+ "delivered_at = ?, next_attempt_at = NULL, lease_owner = NULL, lease_until = NULL WHERE seq IN ("
				+ placeholders(seqs.size()) + ")").params(params).update();
	}

	@Override
	public List<DueDelivery> due(Instant now, int limit, Collection<String> excludedEndpoints) {
		StringBuilder sql = new StringBuilder("""
				SELECT m.seq, m.id, m.tenant_id, m.endpoint_id, m.conversation_id, m.payload, m.schedule_index,
				    e.url, e.secret, e.previous_secret, e.previous_secret_expires_at, e.rate_limit_per_second
				FROM messages m JOIN endpoints e ON e.id = m.endpoint_id
				WHERE m.status = 'pending' AND m.next_attempt_at <= ? AND (m.lease_until IS NULL OR m.lease_until < ?)
				    AND e.enabled = TRUE
				    AND NOT EXISTS (SELECT 1 FROM messages p WHERE p.endpoint_id = m.endpoint_id
				        AND p.conversation_id = m.conversation_id AND p.status = 'pending' AND p.seq < m.seq)""");
		List<Object> params = new ArrayList<>(List.of(ts(now), ts(now)));
		if (!excludedEndpoints.isEmpty()) {
			sql.append(" AND m.endpoint_id NOT IN (").append(placeholders(excludedEndpoints.size())).append(")");
			params.addAll(excludedEndpoints);
		}
		sql.append(" ORDER BY m.next_attempt_at, m.seq LIMIT ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params)
			.query((row, i) -> new DueDelivery(row.getLong("seq"), row.getString("id"), row.getString("tenant_id"),
					row.getString("endpoint_id"), row.getString("conversation_id"), row.getString("payload"),
					row.getInt("schedule_index"), row.getString("url"), row.getString("secret"),
					row.getString("previous_secret"), instant(row, "previous_secret_expires_at"),
					integer(row, "rate_limit_per_second")))
			.list();
	}

	@Override
	public List<Long> claim(Collection<Long> seqs, String owner, Instant now, Instant leaseUntil) {
		if (seqs.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(List.of(owner, ts(leaseUntil)));
		params.addAll(seqs);
		params.add(ts(now));
		jdbc.sql("UPDATE messages SET lease_owner = ?, lease_until = ? WHERE seq IN (" + placeholders(seqs.size())
				+ ") AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)").params(params).update();
		List<Object> selectParams = new ArrayList<>(seqs);
		selectParams.add(owner);
		return jdbc.sql("SELECT seq FROM messages WHERE seq IN (" + placeholders(seqs.size())
				+ ") AND lease_owner = ? AND status = 'pending'").params(selectParams).query(Long.class).list();
	}

	@Override
	public void recordAttempt(Attempt a) {
		jdbc.sql("""
				INSERT INTO attempts (message_id, endpoint_id, tenant_id, attempted_at, status_code, succeeded, latency_ms,
				    response_excerpt, error)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.messageId(), a.endpointId(), a.tenantId(), ts(a.attemptedAt()), a.statusCode(), a.succeeded(),
					a.latencyMillis(), a.responseExcerpt(), a.error())
			.update();
	}

	@Override
	public void succeeded(long seq, Instant at) {
		jdbc.sql("""
				UPDATE messages SET status = 'succeeded', attempt_count = attempt_count + 1, last_attempt_at = ?,
				    delivered_at = ?, next_attempt_at = NULL, lease_owner = NULL, lease_until = NULL
				WHERE seq = ?""").params(ts(at), ts(at), seq).update();
	}

	@Override
	public void retryAt(long seq, int scheduleIndex, Instant at, Instant next) {
		jdbc.sql("""
				UPDATE messages SET attempt_count = attempt_count + 1, schedule_index = ?, last_attempt_at = ?,
				    next_attempt_at = ?, lease_owner = NULL, lease_until = NULL
				WHERE seq = ?""").params(scheduleIndex, ts(at), ts(next), seq).update();
	}

	@Override
	public void failed(long seq, Instant at) {
		jdbc.sql("""
				UPDATE messages SET status = 'failed', attempt_count = attempt_count + 1, last_attempt_at = ?,
				    next_attempt_at = NULL, lease_owner = NULL, lease_until = NULL
				WHERE seq = ?""").params(ts(at), seq).update();
	}

	@Override
	public Optional<DeliveryMessage> find(String tenantId, String messageId) {
		return jdbc.sql("SELECT * FROM messages WHERE tenant_id = ? AND id = ?").params(tenantId, messageId)
			.query(this::message).optional();
	}

	@Override
	public List<DeliveryMessage> ofEndpoint(String tenantId, String endpointId, DeliveryMessage.Status status,
			int limit) {
		if (status == null) {
			return jdbc.sql("SELECT * FROM messages WHERE tenant_id = ? AND endpoint_id = ? ORDER BY seq DESC LIMIT ?")
				.params(tenantId, endpointId, limit).query(this::message).list();
		}
		return jdbc.sql("SELECT * FROM messages WHERE tenant_id = ? AND endpoint_id = ? AND status = ? ORDER BY seq DESC LIMIT ?")
			.params(tenantId, endpointId, status(status), limit).query(this::message).list();
	}

	@Override
	public List<Attempt> attempts(String tenantId, String messageId) {
		return jdbc.sql("SELECT * FROM attempts WHERE tenant_id = ? AND message_id = ? ORDER BY id")
			.params(tenantId, messageId)
			.query((row, i) -> new Attempt(row.getLong("id"), row.getString("message_id"), row.getString("endpoint_id"),
					row.getString("tenant_id"), instant(row, "attempted_at"), integer(row, "status_code"),
					row.getBoolean("succeeded"), row.getLong("latency_ms"), row.getString("response_excerpt"),
					row.getString("error")))
			.list();
	}

	@Override
	public Map<DeliveryMessage.Status, Long> countsByStatus(String endpointId) {
		Map<DeliveryMessage.Status, Long> counts = new EnumMap<>(DeliveryMessage.Status.class);
		jdbc.sql("SELECT status, COUNT(*) AS n FROM messages WHERE endpoint_id = ? GROUP BY status").param(endpointId)
			.query((row, i) -> counts.put(DeliveryMessage.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
					row.getLong("n")))
			.list();
		return counts;
	}

	@Override
	public void requeue(long seq, Instant now) {
		jdbc.sql("""
				UPDATE messages SET status = 'pending', schedule_index = 0, next_attempt_at = ?, lease_owner = NULL,
				    lease_until = NULL
				WHERE seq = ?""").params(ts(now), seq).update();
	}

	@Override
	public int requeueFailed(String endpointId, Instant since, Instant now, int limit) {
		return jdbc.sql("""
				UPDATE messages SET status = 'pending', schedule_index = 0, next_attempt_at = ?, lease_owner = NULL,
				    lease_until = NULL
				WHERE endpoint_id = ? AND status = 'failed' AND created_at >= ? AND payload IS NOT NULL
				ORDER BY seq LIMIT ?""").params(ts(now), endpointId, ts(since), limit).update();
	}

	@Override
	public int purgePayloads(Instant before, int limit) {
		return jdbc.sql("""
				UPDATE messages SET payload = NULL
				WHERE status <> 'pending' AND created_at < ? AND payload IS NOT NULL LIMIT ?""")
			.params(ts(before), limit).update();
	}

	private DeliveryMessage message(ResultSet row, int index) throws SQLException {
		return new DeliveryMessage(row.getLong("seq"), row.getString("id"), row.getString("tenant_id"),
				row.getString("endpoint_id"), row.getString("event_id"), row.getString("event_type"),
				row.getString("conversation_id"), row.getString("payload"),
				DeliveryMessage.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
				row.getInt("attempt_count"), row.getInt("schedule_index"), instant(row, "next_attempt_at"),
				instant(row, "event_at"), instant(row, "created_at"), instant(row, "last_attempt_at"),
				instant(row, "delivered_at"));
	}

	private static String status(DeliveryMessage.Status status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}
}
