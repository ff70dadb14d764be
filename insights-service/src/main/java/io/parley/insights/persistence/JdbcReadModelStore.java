package io.parley.insights.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.parley.insights.domain.ConversationState;
import io.parley.insights.domain.Counter;
import io.parley.insights.domain.Dim;
import io.parley.insights.domain.FactRow;
import io.parley.insights.domain.MessageState;
import io.parley.insights.domain.ReadModelStore;
import io.parley.insights.domain.RollupKey;
import io.parley.insights.domain.UserChange;
import io.parley.platform.persistence.ProcessedEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcReadModelStore implements ReadModelStore {

	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final ProcessedEvents processedEvents;

	JdbcReadModelStore(JdbcTemplate jdbc, JsonMapper json, ProcessedEvents processedEvents) {
		this.jdbc = jdbc;
		this.json = json;
		this.processedEvents = processedEvents;
	}

	@Override
	public Set<String> unprocessed(String consumer, Collection<String> eventIds) {
		return processedEvents.unprocessed(consumer, eventIds);
	}

	@Override
	public void markProcessed(String consumer, Collection<String> eventIds) {
		processedEvents.record(consumer, eventIds);
	}

	@Override
	public Map<String, ConversationState> lockConversations(Collection<ConversationState> keys) {
		Map<String, ConversationState> found = new LinkedHashMap<>();
		lock(keys.stream().map(k -> new String[] { k.tenantId, k.conversationId }).toList(), "conversations",
				"conversation_id", rs -> {
					ConversationState c = conversation(rs);
					found.put(ReadModelStore.key(c.tenantId, c.conversationId), c);
				});
		return found;
	}

	@Override
	public Map<String, MessageState> lockMessages(Collection<MessageState> keys) {
		Map<String, MessageState> found = new LinkedHashMap<>();
		lock(keys.stream().map(k -> new String[] { k.tenantId, k.messageId }).toList(), "messages", "message_id", rs -> {
			MessageState m = message(rs);
			found.put(ReadModelStore.key(m.tenantId, m.messageId), m);
		});
		return found;
	}

	private interface RowHandler {
		void handle(ResultSet rs) throws SQLException;
	}

	private void lock(List<String[]> keys, String table, String idColumn, RowHandler handler) {
		Map<String, List<String>> byTenant = new TreeMap<>();
		keys.forEach(k -> byTenant.computeIfAbsent(k[0], t -> new ArrayList<>()).add(k[1]));
		byTenant.forEach((tenant, ids) -> {
			List<String> sorted = ids.stream().sorted().toList();
			for (List<String> chunk : chunks(sorted)) {
				List<Object> params = new ArrayList<>();
				params.add(tenant);
				params.addAll(chunk);
				jdbc.query("SELECT * FROM " + table + " WHERE tenant_id = ? AND " + idColumn + " IN ("
						+ marks(chunk.size()) + ") FOR UPDATE", rs -> {
							handler.handle(rs);
						}, params.toArray());
			}
		});
	}

	static ConversationState conversation(ResultSet rs) throws SQLException {
		ConversationState c = new ConversationState(rs.getString("tenant_id"), rs.getString("conversation_id"));
		c.userId = rs.getString("user_id");
		c.channel = rs.getString("channel");
		c.startedAt = instant(rs, "started_at");
		c.firstUserAt = instant(rs, "first_user_at");
		c.firstReplyAt = instant(rs, "first_reply_at");
		c.pendingUserAt = instant(rs, "pending_user_at");
		c.replySumMs = rs.getLong("reply_sum_ms");
		c.replyCount = rs.getInt("reply_count");
		c.messageCount = rs.getInt("message_count");
		c.userMessageCount = rs.getInt("user_message_count");
		c.lastMessageAt = instant(rs, "last_message_at");
		c.category = rs.getString("category");
		c.categoryAt = instant(rs, "category_at");
		c.escalatedAt = instant(rs, "escalated_at");
		c.escalationReason = rs.getString("escalation_reason");
		c.resolvedAt = instant(rs, "resolved_at");
		c.resolution = rs.getString("resolution");
		c.resolvedBy = rs.getString("resolved_by");
		c.closedAt = instant(rs, "closed_at");
		c.agentId = rs.getString("agent_id");
		c.agentAt = instant(rs, "agent_at");
		c.aiFirstAt = instant(rs, "ai_first_at");
		c.humanFirstAt = instant(rs, "human_first_at");
		c.ratingSum = rs.getInt("rating_sum");
		c.ratingCount = rs.getInt("rating_count");
		return c;
	}

	private MessageState message(ResultSet rs) throws SQLException {
		MessageState m = new MessageState(rs.getString("tenant_id"), rs.getString("message_id"));
		m.conversationId = rs.getString("conversation_id");
		m.userId = rs.getString("user_id");
		m.role = rs.getString("role");
		m.channel = rs.getString("channel");
		m.content = rs.getString("content");
		m.customerName = rs.getString("customer_name");
		m.sentAt = instant(rs, "sent_at");
		m.analysedAt = instant(rs, "analysed_at");
		m.analysisEvent = rs.getString("analysis_event");
		m.sentiment = rs.getString("sentiment");
		double score = rs.getDouble("sentiment_score");
		m.sentimentScore = rs.wasNull() ? null : score;
		int urgency = rs.getInt("urgency");
		m.urgency = rs.wasNull() ? null : urgency;
		m.category = rs.getString("category");
		m.priority = rs.getString("priority");
		boolean action = rs.getBoolean("action_required");
		m.actionRequired = rs.wasNull() ? null : action;
		String topics = rs.getString("topics");
		m.topics = topics == null ? List.of() : json.readValue(topics, new TypeReference<List<String>>() {
		});
		return m;
	}

	private static final String CONVERSATION_COLUMNS = "tenant_id, conversation_id, user_id, channel, started_at, "
			+ "first_user_at, first_reply_at, pending_user_at, reply_sum_ms, reply_count, message_count, "
			+ "user_message_count, last_message_at, category, category_at, escalated_at, escalation_reason, resolved_at, "
			+ "resolution, resolved_by, closed_at, agent_id, agent_at, ai_first_at, human_first_at, rating_sum, rating_count";

	@Override
	public void saveConversations(Collection<ConversationState> conversations) {
		if (conversations.isEmpty()) {
			return;
		}
		List<ConversationState> sorted = conversations.stream()
			.sorted((a, b) -> ReadModelStore.key(a.tenantId, a.conversationId)
				.compareTo(ReadModelStore.key(b.tenantId, b.conversationId)))
			.toList();
		List<Object[]> rows = sorted.stream().map(c -> new Object[] { c.tenantId, c.conversationId, c.userId, c.channel,
				ts(c.startedAt), ts(c.firstUserAt), ts(c.firstReplyAt), ts(c.pendingUserAt), c.replySumMs, c.replyCount,
				c.messageCount, c.userMessageCount, ts(c.lastMessageAt), c.category, ts(c.categoryAt),
				ts(c.escalatedAt), c.escalationReason, ts(c.resolvedAt), c.resolution, c.resolvedBy, ts(c.closedAt),
				c.agentId, ts(c.agentAt), ts(c.aiFirstAt), ts(c.humanFirstAt), c.ratingSum, c.ratingCount })
			.toList();
		MultiRowInsert.insert(jdbc, "INSERT INTO conversations (" + CONVERSATION_COLUMNS + ") VALUES", rows,
				replaceOnDuplicate(CONVERSATION_COLUMNS));
	}

	private static final String MESSAGE_COLUMNS = "tenant_id, message_id, conversation_id, user_id, role, channel, "
			+ "content, customer_name, sent_at, analysed_at, analysis_event, sentiment, sentiment_score, urgency, "
			+ "category, priority, action_required, topics";

	@Override
	public void saveMessages(Collection<MessageState> messages) {
		if (messages.isEmpty()) {
			return;
		}
		List<Object[]> rows = messages.stream()
			.sorted((a, b) -> ReadModelStore.key(a.tenantId, a.messageId)
				.compareTo(ReadModelStore.key(b.tenantId, b.messageId)))
			.map(m -> new Object[] { m.tenantId, m.messageId, m.conversationId, m.userId, m.role, m.channel, m.content,
					m.customerName, ts(m.sentAt), ts(m.analysedAt), m.analysisEvent, m.sentiment, m.sentimentScore,
					m.urgency, m.category, m.priority, m.actionRequired,
					m.analysedAt == null ? null : json.writeValueAsString(m.topics) })
			.toList();
		MultiRowInsert.insert(jdbc, "INSERT INTO messages (" + MESSAGE_COLUMNS + ") VALUES", rows,
				replaceOnDuplicate(MESSAGE_COLUMNS));
	}

	/** Every column but the two of the key takes the inserted value. */
	private static String replaceOnDuplicate(String columns) {
		return "ON DUPLICATE KEY UPDATE " + Arrays.stream(columns.split(",\\s*")).skip(2).map(n -> n + " = VALUES(" + n + ")")
			.collect(Collectors.joining(", "));
	}

	@Override
	public void addToRollups(Map<RollupKey, long[]> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		Map<List<Object>, long[]> quarters = new TreeMap<>(JdbcReadModelStore::compareKeys);
		Map<List<Object>, long[]> days = new TreeMap<>(JdbcReadModelStore::compareKeys);
		deltas.forEach((key, vector) -> {
			long epoch = key.at().toEpochMilli();
			Instant quarter = Instant.ofEpochMilli(Math.floorDiv(epoch, Buckets.QUARTER_MILLIS) * Buckets.QUARTER_MILLIS);
			LocalDate day = LocalDate.ofInstant(key.at(), ZoneOffset.UTC);
			sum(quarters, List.of(key.tenantId(), key.dim(), Timestamp.from(quarter), key.value()), vector);
			sum(days, List.of(key.tenantId(), key.dim(), java.sql.Date.valueOf(day), key.value()), vector);
		});
		write("rollup_quarter", quarters);
		write("rollup_day", days);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(List<Object> a, List<Object> b) {
		for (int i = 0; i < a.size(); i++) {
			int c = ((Comparable) a.get(i)).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static void sum(Map<List<Object>, long[]> target, List<Object> key, long[] vector) {
		long[] sum = target.computeIfAbsent(key, k -> new long[Counter.SIZE]);
		for (int i = 0; i < vector.length; i++) {
			sum[i] += vector[i];
		}
	}

	private void write(String table, Map<List<Object>, long[]> rows) {
		Map<CounterColumns, List<Object[]>> byColumns = new EnumMap<>(CounterColumns.class);
		rows.forEach((key, vector) -> {
			if (Arrays.stream(vector).allMatch(v -> v == 0)) {
				return;
			}
			CounterColumns columns = CounterColumns.of((String) key.get(1), vector);
			Object[] row = new Object[4 + columns.to - columns.from];
			for (int i = 0; i < 4; i++) {
				row[i] = key.get(i);
			}
			for (int i = columns.from; i < columns.to; i++) {
				row[4 + i - columns.from] = new MultiRowInsert.Inline(vector[i]);
			}
			byColumns.computeIfAbsent(columns, c -> new ArrayList<>()).add(row);
		});
		byColumns.forEach((columns, batch) -> MultiRowInsert.insert(jdbc, "INSERT INTO " + table
				+ " (tenant_id, dim, bucket, dim_value, " + columns.names + ") VALUES", batch,
				"ON DUPLICATE KEY UPDATE " + columns.additions));
	}

	/**
	 * The counters a rollup row names: a breakdown by channel, agent, category or escalation reason only has
	 * conversation counters, one by topic only message counters. Naming only those (the others keep their value, or
	 * their default 0 in a new row) halves what the database parses and updates for most rows. Which columns a row
	 * gets depends on its breakdown, so every transaction writes a given row in the same statement and the rows in
	 * the same order (no deadlocks between consumers).
	 */
	private enum CounterColumns {
		CONVERSATION(0, Counter.MESSAGES.ordinal()), MESSAGE(Counter.MESSAGES.ordinal(), Counter.SIZE), EVERY(0,
				Counter.SIZE);

		final int from;
		final int to;
		final String names;
		final String additions;

		CounterColumns(int from, int to) {
			this.from = from;
			this.to = to;
			List<Counter> counters = Arrays.asList(Counter.values()).subList(from, to);
			this.names = counters.stream().map(Counter::column).collect(Collectors.joining(", "));
			this.additions = counters.stream().map(c -> c.column() + " = " + c.column() + " + VALUES(" + c.column() + ")")
				.collect(Collectors.joining(", "));
		}

		static CounterColumns of(String dim, long[] vector) {
			CounterColumns columns = switch (dim) {
				case Dim.ALL -> EVERY;
				case Dim.TOPIC -> MESSAGE;
				default -> CONVERSATION;
			};
			for (int i = 0; i < vector.length; i++) {
				if (vector[i] != 0 && (i < columns.from || i >= columns.to)) {
					return EVERY;
				}
			}
			return columns;
		}
	}

	@Override
	public void upsertFacts(List<FactRow> facts) {
		if (facts.isEmpty()) {
			return;
		}
		// The stored row changes only for a later event (time, then event id); version columns are assigned last.
		String newer = "(VALUES(version_at) > version_at OR (VALUES(version_at) = version_at AND VALUES(version_event) > version_event))";
		String[] columns = { "user_id", "category", "fact_type", "fact_key", "fact_value", "confidence",
				"confidence_level", "evidence_count", "first_seen", "last_updated", "active", "version_event",
				"version_at" };
		String updates = Arrays.stream(columns).map(c -> c + " = IF(" + newer + ", VALUES(" + c + "), " + c + ")")
			.collect(Collectors.joining(", "));
		List<Object[]> rows = facts.stream().map(f -> new Object[] { f.tenantId(), f.factId(), f.userId(), f.category(),
				f.type(), f.key(), f.value(), f.confidence(), f.confidenceLevel(), f.evidenceCount(), ts(f.firstSeen()),
				ts(f.lastUpdated()), f.active(), f.versionEvent(), ts(f.versionAt()) }).toList();
		// MySQL applies assignments left to right: version_event, then version_at, come last.
		MultiRowInsert.insert(jdbc, "INSERT INTO user_facts (tenant_id, fact_id, " + String.join(", ", columns) + ") VALUES",
				rows, "ON DUPLICATE KEY UPDATE " + updates);
		// Learning erases a user with one event for every fact ("*", kept under the user's own erasure id): every fact
		// of the user known from before it is blanked
		// (whichever order the events came in), and so are the fact changes the streams would replay.
		Map<String, List<String>> usersByTenant = new TreeMap<>();
		facts.forEach(f -> usersByTenant.computeIfAbsent(f.tenantId(), t -> new ArrayList<>()).add(f.userId()));
		usersByTenant.forEach((tenant, users) -> {
			Map<String, Instant> erasedAt = new TreeMap<>();
			for (List<String> chunk : chunks(users.stream().distinct().toList())) {
				List<Object> params = new ArrayList<>(List.of(tenant));
				chunk.forEach(user -> params.add(FactRow.erasureId(user)));
				jdbc.query("SELECT user_id, version_at FROM user_facts WHERE tenant_id = ? AND fact_id IN ("
						+ marks(chunk.size()) + ")", rs -> {
							erasedAt.put(rs.getString("user_id"), instant(rs, "version_at"));
						}, params.toArray());
			}
			erasedAt.forEach((user, at) -> {
				jdbc.update("UPDATE user_facts SET active = FALSE, fact_key = '', fact_value = '' WHERE tenant_id = ?"
						+ " AND user_id = ? AND fact_id <> ? AND version_at <= ?", tenant, user, FactRow.erasureId(user),
						ts(at));
				jdbc.update("DELETE FROM user_changes WHERE tenant_id = ? AND user_id = ? AND kind = 'fact'"
						+ " AND occurred_at < ?", tenant, user, ts(at));
			});
		});
	}

	@Override
	public void appendChanges(List<UserChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		MultiRowInsert.insert(jdbc, "INSERT INTO user_changes (tenant_id, user_id, kind, payload, occurred_at) VALUES",
				changes.stream().map(c -> new Object[] { c.tenantId(), c.userId(), c.kind(), c.payload(),
						ts(c.occurredAt()) }).toList(), "");
	}

	@Override
	public void clearAll(String consumer) {
		for (String table : List.of("messages", "conversations", "user_facts", "user_changes", "rollup_quarter",
				"rollup_day")) {
			jdbc.update("DELETE FROM " + table);
		}
		jdbc.update("DELETE FROM processed_events WHERE consumer = ?", consumer);
	}

	@Override
	public boolean rebuildRequested() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM insights_maintenance WHERE task = 'rebuild'", Integer.class) > 0;
	}

	@Override
	public void rebuildStarted() {
		jdbc.update("DELETE FROM insights_maintenance WHERE task = 'rebuild'");
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	static <T> List<List<T>> chunks(List<T> list) {
		List<List<T>> result = new ArrayList<>();
		for (int i = 0; i < list.size(); i += CHUNK) {
			result.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
		}
		return result;
	}

	@SuppressWarnings("unused")
	private static <T> Function<T, T> identity() {
		return Function.identity();
	}
}
