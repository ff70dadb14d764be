package io.parley.learning.persistence;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.parley.learning.domain.FactStore;
import io.parley.learning.domain.StoredFact;
import io.parley.learning.domain.UserActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcFactStore implements FactStore {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
	};
	private static final TypeReference<List<Double>> NUMBERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcFactStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public UserActivity lockUser(String tenantId, String userId) {
		jdbc.sql("""
				INSERT IGNORE INTO user_activity (tenant_id, user_id, message_count, total_chars, hour_counts,
				    channel_counts, sentiments) VALUES (?, ?, 0, 0, ?, '{}', '[]')""")
			.params(tenantId, userId, hours(new int[24])).update();
		return jdbc.sql("SELECT * FROM user_activity WHERE tenant_id = ? AND user_id = ? FOR UPDATE")
			.params(tenantId, userId).query(this::activity).single();
	}

	@Override
	public void saveActivity(UserActivity a) {
		jdbc.sql("""
				UPDATE user_activity SET message_count = ?, total_chars = ?, hour_counts = ?, channel_counts = ?,
				    sentiments = ?, first_message_at = ?, last_message_at = ? WHERE tenant_id = ? AND user_id = ?""")
			.params(a.messageCount(), a.totalChars(), hours(a.hourCounts()), json.writeValueAsString(a.channelCounts()),
					json.writeValueAsString(a.sentiments()), timestamp(a.firstMessageAt()), timestamp(a.lastMessageAt()),
					a.tenantId(), a.userId())
			.update();
	}

	@Override
	public Optional<UserActivity> activity(String tenantId, String userId) {
		return jdbc.sql("SELECT * FROM user_activity WHERE tenant_id = ? AND user_id = ?").params(tenantId, userId)
			.query(this::activity).optional();
	}

	@Override
	public Optional<Instant> erasedAt(String tenantId, String userId) {
		return jdbc.sql("SELECT erased_at FROM user_erasures WHERE tenant_id = ? AND user_id = ?").params(tenantId, userId)
			.query((row, i) -> row.getTimestamp(1).toInstant()).optional();
	}

	@Override
	public List<StoredFact> validFacts(String tenantId, String userId) {
		return withEvidence(jdbc.sql("""
				SELECT * FROM user_facts WHERE tenant_id = ? AND user_id = ? AND invalid_from IS NULL
				ORDER BY first_seen, fact_id""").params(tenantId, userId).query(this::fact).list());
	}

	@Override
	public List<StoredFact> facts(String tenantId, String userId, boolean includeHistory) {
		return withEvidence(jdbc.sql("SELECT * FROM user_facts WHERE tenant_id = ? AND user_id = ?"
				+ (includeHistory ? "" : " AND invalid_from IS NULL") + " ORDER BY first_seen, fact_id")
			.params(tenantId, userId).query(this::fact).list());
	}

	@Override
	public void insert(StoredFact f, String conversationId) {
		jdbc.sql("""
				INSERT INTO user_facts (fact_id, tenant_id, user_id, category, fact_type, fact_key, value, subject,
				    structured_value, stance, exclusive_key, confidence, evidence_count, extractor, embedding, first_seen,
				    last_updated, valid_from, invalid_from, replaced_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(f.factId(), f.tenantId(), f.userId(), f.category(), cut(f.type(), 40), cut(f.key(), 120),
					cut(f.value(), 500), cut(f.subject(), 200), structured(f.structuredValue()), f.stance(),
					f.exclusive(), f.confidence(), f.evidenceCount(), cut(f.extractor(), 80), bytes(f.embedding()),
					timestamp(f.firstSeen()), timestamp(f.lastUpdated()), timestamp(f.validFrom()),
					timestamp(f.invalidFrom()), f.replacedBy())
			.update();
		for (String messageId : f.evidenceMessageIds()) {
			addEvidence(f.factId(), messageId, conversationId, f.firstSeen());
		}
	}

	@Override
	public void update(StoredFact f, String newEvidenceMessageId, String conversationId, Instant observedAt) {
		jdbc.sql("""
				UPDATE user_facts SET value = ?, structured_value = ?, confidence = ?, evidence_count = ?,
				    last_updated = ?, invalid_from = ?, replaced_by = ? WHERE fact_id = ?""")
			.params(cut(f.value(), 500), structured(f.structuredValue()), f.confidence(), f.evidenceCount(),
					timestamp(f.lastUpdated()), timestamp(f.invalidFrom()), f.replacedBy(), f.factId())
			.update();
		if (newEvidenceMessageId != null) {
			addEvidence(f.factId(), newEvidenceMessageId, conversationId, observedAt);
		}
	}

	private void addEvidence(String factId, String messageId, String conversationId, Instant observedAt) {
		jdbc.sql("INSERT IGNORE INTO fact_evidence (fact_id, message_id, conversation_id, observed_at) VALUES (?, ?, ?, ?)")
			.params(factId, messageId, conversationId, timestamp(observedAt)).update();
	}

	@Override
	public void trimEvidence(String factId, int keep) {
		List<String> newestFirst = jdbc.sql(
				"SELECT message_id FROM fact_evidence WHERE fact_id = ? ORDER BY observed_at DESC, message_id DESC")
			.param(factId).query(String.class).list();
		for (String old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
			jdbc.sql("DELETE FROM fact_evidence WHERE fact_id = ? AND message_id = ?").params(factId, old).update();
		}
	}

	@Override
	public boolean known(String tenantId, String userId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM user_activity WHERE tenant_id = ? AND user_id = ?)
				    OR EXISTS (SELECT 1 FROM user_facts WHERE tenant_id = ? AND user_id = ?)""")
			.params(tenantId, userId, tenantId, userId).query(Boolean.class).single();
	}

	@Override
	public int erase(String tenantId, String userId, Instant erasedAt) {
		// Wait for a message of this user being learned right now, so that its facts are erased too.
		jdbc.sql("SELECT user_id FROM user_activity WHERE tenant_id = ? AND user_id = ? FOR UPDATE")
			.params(tenantId, userId).query(String.class).optional();
		jdbc.sql("""
				INSERT INTO user_erasures (tenant_id, user_id, erased_at) VALUES (?, ?, ?)
				ON DUPLICATE KEY UPDATE erased_at = GREATEST(erased_at, VALUES(erased_at))""")
			.params(tenantId, userId, timestamp(erasedAt)).update();
		jdbc.sql("""
				DELETE e FROM fact_evidence e JOIN user_facts f ON f.fact_id = e.fact_id
				WHERE f.tenant_id = ? AND f.user_id = ?""").params(tenantId, userId).update();
		int facts = jdbc.sql("DELETE FROM user_facts WHERE tenant_id = ? AND user_id = ?").params(tenantId, userId).update();
		jdbc.sql("DELETE FROM user_activity WHERE tenant_id = ? AND user_id = ?").params(tenantId, userId).update();
		return facts;
	}

	private List<StoredFact> withEvidence(List<StoredFact> facts) {
		if (facts.isEmpty()) {
			return facts;
		}
		Map<String, List<String>> evidence = new HashMap<>();
		String marks = facts.stream().map(f -> "?").collect(Collectors.joining(","));
		jdbc.sql("SELECT fact_id, message_id FROM fact_evidence WHERE fact_id IN (" + marks
				+ ") ORDER BY observed_at, message_id")
			.params(facts.stream().map(StoredFact::factId).map(Object.class::cast).toList())
			.query((row, i) -> Map.entry(row.getString(1), row.getString(2))).list()
			.forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return facts.stream().map(f -> new StoredFact(f.factId(), f.tenantId(), f.userId(), f.category(), f.type(),
				f.key(), f.value(), f.subject(), f.structuredValue(), f.stance(), f.exclusive(), f.confidence(),
				f.evidenceCount(), evidence.getOrDefault(f.factId(), List.of()), f.extractor(), f.embedding(),
				f.firstSeen(), f.lastUpdated(), f.validFrom(), f.invalidFrom(), f.replacedBy())).toList();
	}

	private StoredFact fact(ResultSet row, int index) throws SQLException {
		String structured = row.getString("structured_value");
		return new StoredFact(row.getString("fact_id"), row.getString("tenant_id"), row.getString("user_id"),
				row.getString("category"), row.getString("fact_type"), row.getString("fact_key"), row.getString("value"),
				row.getString("subject"), structured == null ? Map.of() : json.readValue(structured, OBJECT),
				row.getInt("stance"), row.getBoolean("exclusive_key"), row.getDouble("confidence"),
				row.getInt("evidence_count"), List.of(), row.getString("extractor"), floats(row.getBytes("embedding")),
				instant(row, "first_seen"), instant(row, "last_updated"), instant(row, "valid_from"),
				instant(row, "invalid_from"), row.getString("replaced_by"));
	}

	private UserActivity activity(ResultSet row, int index) throws SQLException {
		int[] hours = Arrays.stream(row.getString("hour_counts").split(",")).mapToInt(Integer::parseInt).toArray();
		return new UserActivity(row.getString("tenant_id"), row.getString("user_id"), row.getInt("message_count"),
				row.getLong("total_chars"), hours, new LinkedHashMap<>(json.readValue(row.getString("channel_counts"), COUNTS)),
				json.readValue(row.getString("sentiments"), NUMBERS), instant(row, "first_message_at"),
				instant(row, "last_message_at"));
	}

	private String structured(Map<String, Object> value) {
		return value.isEmpty() ? null : json.writeValueAsString(value);
	}

	private static String hours(int[] hours) {
		return Arrays.stream(hours).mapToObj(String::valueOf).collect(Collectors.joining(","));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static byte[] bytes(float[] vector) {
		if (vector == null) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4);
		for (float v : vector) {
			buffer.putFloat(v);
		}
		return buffer.array();
	}

	private static float[] floats(byte[] bytes) {
		if (bytes == null) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		float[] vector = new float[bytes.length / 4];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = buffer.getFloat();
		}
		return vector;
	}
}
