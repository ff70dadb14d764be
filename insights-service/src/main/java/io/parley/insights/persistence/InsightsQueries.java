package io.parley.insights.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.parley.insights.domain.ConversationState;
import io.parley.insights.domain.Counter;
import io.parley.insights.domain.UserChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The read side: what the APIs and streams ask of the read models. Every query is bound to one tenant. */
@Repository
@Transactional(readOnly = true)
public class InsightsQueries {

	private final JdbcTemplate jdbc;
	private final JsonMapper json;

	InsightsQueries(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public record Fact(String factId, String category, String type, String key, String value, double confidence,
			String confidenceLevel, int evidenceCount, Instant firstSeen, Instant lastUpdated) {
	}

	public record Interaction(String content, String role, Double sentiment, List<String> topics, Instant timestamp) {
	}

	public record UserStats(long totalInteractions, Double avgSentiment, Instant first, Instant last, String username,
			double avgLength) {
	}

	public boolean userKnown(String tenantId, String userId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS(SELECT 1 FROM messages WHERE tenant_id = ? AND user_id = ?)
				    OR EXISTS(SELECT 1 FROM user_facts WHERE tenant_id = ? AND user_id = ?)""", Boolean.class,
				tenantId, userId, tenantId, userId));
	}

	/** Active facts, most confident and most recent first. */
	public List<Fact> facts(String tenantId, String userId, Collection<String> categories, Collection<String> levels,
			int limit) {
		List<Object> params = new ArrayList<>(List.of(tenantId, userId));
		StringBuilder sql = new StringBuilder("SELECT * FROM user_facts WHERE tenant_id = ? AND user_id = ? AND active");
		if (!categories.isEmpty()) {
			sql.append(" AND category IN (").append(JdbcReadModelStore.marks(categories.size())).append(")");
			params.addAll(categories);
		}
		sql.append(" AND confidence_level IN (").append(JdbcReadModelStore.marks(levels.size())).append(")");
		params.addAll(levels);
		sql.append(" ORDER BY confidence DESC, last_updated DESC, fact_id LIMIT ?");
		params.add(limit);
		return jdbc.query(sql.toString(), (rs, i) -> new Fact(rs.getString("fact_id"), rs.getString("category"),
				rs.getString("fact_type"), rs.getString("fact_key"), rs.getString("fact_value"),
				rs.getDouble("confidence"), rs.getString("confidence_level"), rs.getInt("evidence_count"),
				JdbcReadModelStore.instant(rs, "first_seen"), JdbcReadModelStore.instant(rs, "last_updated")),
				params.toArray());
	}

	/** The user's latest turns with their analysis. */
	public List<Interaction> recentInteractions(String tenantId, String userId, int limit) {
		return jdbc.query("""
				SELECT content, role, sentiment_score, topics, sent_at FROM messages
				WHERE tenant_id = ? AND user_id = ? AND role = 'user' ORDER BY sent_at DESC, message_id LIMIT ?""",
				(rs, i) -> {
					double score = rs.getDouble("sentiment_score");
					Double sentiment = rs.wasNull() ? null : score;
					String topics = rs.getString("topics");
					return new Interaction(rs.getString("content"), rs.getString("role"), sentiment,
							topics == null ? List.of() : json.readValue(topics, new TypeReference<List<String>>() {
							}), JdbcReadModelStore.instant(rs, "sent_at"));
				}, tenantId, userId, limit);
	}

	public UserStats userStats(String tenantId, String userId) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) AS total, AVG(sentiment_score) AS sentiment, MIN(sent_at) AS first, MAX(sent_at) AS last,
				       MAX(customer_name) AS name, AVG(CHAR_LENGTH(content)) AS length
				FROM messages WHERE tenant_id = ? AND user_id = ? AND role = 'user'""", (rs, i) -> {
			double sentiment = rs.getDouble("sentiment");
			return new UserStats(rs.getLong("total"), rs.wasNull() ? null : sentiment,
					JdbcReadModelStore.instant(rs, "first"), JdbcReadModelStore.instant(rs, "last"), rs.getString("name"),
					rs.getDouble("length"));
		}, tenantId, userId);
	}

	/** When the user wrote, newest first (at most {@code limit}). */
	public List<Instant> userTurnTimes(String tenantId, String userId, int limit) {
		return jdbc.query("""
				SELECT sent_at FROM messages WHERE tenant_id = ? AND user_id = ? AND role = 'user'
				ORDER BY sent_at DESC LIMIT ?""", (rs, i) -> JdbcReadModelStore.instant(rs, "sent_at"), tenantId,
				userId, limit);
	}

	public List<UserChange> changesSince(String tenantId, String userId, long afterSeq, int limit) {
		return jdbc.query("""
				SELECT * FROM user_changes WHERE tenant_id = ? AND user_id = ? AND seq > ? ORDER BY seq LIMIT ?""",
				(rs, i) -> new UserChange(rs.getLong("seq"), tenantId, userId, rs.getString("kind"),
						rs.getString("payload"), JdbcReadModelStore.instant(rs, "occurred_at")),
				tenantId, userId, afterSeq, limit);
	}

	public List<UserChange> tenantChangesSince(String tenantId, long afterSeq, int limit) {
		return jdbc.query("SELECT * FROM user_changes WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?",
				(rs, i) -> new UserChange(rs.getLong("seq"), tenantId, rs.getString("user_id"), rs.getString("kind"),
						rs.getString("payload"), JdbcReadModelStore.instant(rs, "occurred_at")),
				tenantId, afterSeq, limit);
	}

	/** The tenant's latest changes, oldest first. */
	public List<UserChange> latestTenantChanges(String tenantId, int limit) {
		List<UserChange> latest = new ArrayList<>(jdbc.query(
				"SELECT * FROM user_changes WHERE tenant_id = ? ORDER BY seq DESC LIMIT ?",
				(rs, i) -> new UserChange(rs.getLong("seq"), tenantId, rs.getString("user_id"), rs.getString("kind"),
						rs.getString("payload"), JdbcReadModelStore.instant(rs, "occurred_at")),
				tenantId, limit));
		java.util.Collections.reverse(latest);
		return latest;
	}

	public long lastTenantChange(String tenantId) {
		Long seq = jdbc.queryForObject("SELECT MAX(seq) FROM user_changes WHERE tenant_id = ?", Long.class, tenantId);
		return seq == null ? 0 : seq;
	}

	public long lastChange(String tenantId, String userId) {
		Long seq = jdbc.queryForObject("SELECT MAX(seq) FROM user_changes WHERE tenant_id = ? AND user_id = ?",
				Long.class, tenantId, userId);
		return seq == null ? 0 : seq;
	}

	/** 15-minute rollup rows of the given breakdowns with {@code from <= bucket < to}. */
	public List<RollupRow> quarterRows(String tenantId, Collection<String> dims, Instant from, Instant to) {
		if (!from.isBefore(to)) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(tenantId);
		params.addAll(dims);
		params.add(Timestamp.from(from));
		params.add(Timestamp.from(to));
		return jdbc.query("SELECT * FROM rollup_quarter WHERE tenant_id = ? AND dim IN ("
				+ JdbcReadModelStore.marks(dims.size()) + ") AND bucket >= ? AND bucket < ?",
				(rs, i) -> new RollupRow(rs.getString("dim"), rs.getString("dim_value"),
						JdbcReadModelStore.instant(rs, "bucket"), counters(rs)),
				params.toArray());
	}

	/** Daily (UTC) rollup rows of the given breakdowns with {@code from <= day < to}. */
	public List<RollupRow> dayRows(String tenantId, Collection<String> dims, LocalDate from, LocalDate to) {
		if (!from.isBefore(to)) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(tenantId);
		params.addAll(dims);
		params.add(java.sql.Date.valueOf(from));
		params.add(java.sql.Date.valueOf(to));
		return jdbc.query("SELECT * FROM rollup_day WHERE tenant_id = ? AND dim IN (" + JdbcReadModelStore.marks(dims.size())
				+ ") AND bucket >= ? AND bucket < ?",
				(rs, i) -> new RollupRow(rs.getString("dim"), rs.getString("dim_value"),
						rs.getDate("bucket").toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant(), counters(rs)),
				params.toArray());
	}

	/** A period to sum the total rollup into: rows with {@code from <= bucket < to}. */
	public record Period(String label, Instant from, Instant to) {
	}

	/**
	 * The tenant's total counters per period, summed by the database from the 15-minute rollup (one row per period
	 * comes back, however many buckets it covers).
	 */
	public java.util.Map<String, long[]> totalsByPeriod(String tenantId, List<Period> periods) {
		java.util.Map<String, long[]> result = new java.util.LinkedHashMap<>();
		if (periods.isEmpty()) {
			return result;
		}
		List<Object> params = new ArrayList<>();
		StringBuilder groups = new StringBuilder();
		for (Period period : periods) {
			groups.append(groups.isEmpty() ? "SELECT ? AS label, ? AS starts, ? AS ends" : " UNION ALL SELECT ?, ?, ?");
			params.add(period.label());
			params.add(Timestamp.from(period.from()));
			params.add(Timestamp.from(period.to()));
		}
		params.add(tenantId);
		params.add(Timestamp.from(periods.get(0).from()));
		params.add(Timestamp.from(periods.get(periods.size() - 1).to()));
		jdbc.query("SELECT g.label, " + SUMS + " FROM rollup_quarter r JOIN (" + groups
				+ ") g ON r.bucket >= g.starts AND r.bucket < g.ends WHERE r.tenant_id = ? AND r.dim = 'all'"
				+ " AND r.bucket >= ? AND r.bucket < ? GROUP BY g.label", rs -> {
					result.put(rs.getString("label"), counters(rs));
				}, params.toArray());
		return result;
	}

	/**
	 * The tenant's total counters per local day for a timezone whose offset does not change in {@code [from, to)}:
	 * the database sums the 15-minute rows by local epoch day.
	 */
	public java.util.Map<Long, long[]> totalsByLocalDay(String tenantId, Instant from, Instant to, int offsetSeconds) {
		java.util.Map<Long, long[]> result = new java.util.LinkedHashMap<>();
		jdbc.query("SELECT FLOOR((TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', r.bucket) + ?) / 86400) AS local_day, "
				+ SUMS + " FROM rollup_quarter r WHERE r.tenant_id = ? AND r.dim = 'all' AND r.bucket >= ? AND r.bucket < ?"
				+ " GROUP BY local_day", rs -> {
					result.put(rs.getLong("local_day"), counters(rs));
				}, offsetSeconds, tenantId, Timestamp.from(from), Timestamp.from(to));
		return result;
	}

	/** Totals per breakdown value of the given breakdowns, summed by the database. */
	public List<RollupRow> dimTotals(String table, String tenantId, Collection<String> dims, Object from, Object to) {
		List<Object> params = new ArrayList<>();
		params.add(tenantId);
		params.addAll(dims);
		params.add(from);
		params.add(to);
		return jdbc.query("SELECT dim, dim_value, " + SUMS + " FROM " + table + " r WHERE tenant_id = ? AND dim IN ("
				+ JdbcReadModelStore.marks(dims.size()) + ") AND bucket >= ? AND bucket < ? GROUP BY dim, dim_value",
				(rs, i) -> new RollupRow(rs.getString("dim"), rs.getString("dim_value"), null, counters(rs)),
				params.toArray());
	}

	private static final String SUMS = java.util.Arrays.stream(Counter.values())
		.map(c -> "SUM(r." + c.column() + ") AS " + c.column()).collect(java.util.stream.Collectors.joining(", "));

	private static long[] counters(ResultSet rs) throws SQLException {
		long[] v = new long[Counter.SIZE];
		for (Counter c : Counter.values()) {
			v[c.ordinal()] = rs.getLong(c.column());
		}
		return v;
	}

	/** Conversations that started in {@code [from, to)}, oldest first. */
	public void conversations(String tenantId, Instant from, Instant to, Consumer<ConversationState> each) {
		jdbc.query("SELECT * FROM conversations WHERE tenant_id = ? AND started_at >= ? AND started_at < ? "
				+ "ORDER BY started_at, conversation_id", rs -> {
					each.accept(JdbcReadModelStore.conversation(rs));
				}, tenantId, Timestamp.from(from), Timestamp.from(to));
	}

}
