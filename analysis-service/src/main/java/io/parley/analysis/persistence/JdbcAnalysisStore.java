package io.parley.analysis.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.parley.analysis.domain.AnalysisStore;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.analysis.domain.StoredAnalysis;
import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAnalysisStore implements AnalysisStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	/** A LIMITed select per conversation, so each uses the conversation index; the positions' selects are one query. */
	private static final String LAST_BEFORE_POSITION = """
			(SELECT ? AS position_index, a.* FROM message_analyses a
			 WHERE a.tenant_id = ? AND a.conversation_id = ? AND a.sequence_no < ?
			 ORDER BY a.sequence_no DESC LIMIT ?)""";

	private final JdbcTemplate jdbc;
	private final JsonMapper json;

	JdbcAnalysisStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void saveAll(List<StoredAnalysis> analyses) {
		if (analyses.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO message_analyses (message_id, tenant_id, conversation_id, user_id, channel, sequence_no,
				    content, urgency_score, category, sentiment, sentiment_score, keywords, topics, priority_level,
				    action_required, response_time, language, confidence, analyzer, analyzer_version, message_sent_at,
				    analyzed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				analyses.stream().map(this::columns).toList());
	}

	private Object[] columns(StoredAnalysis stored) {
		MessageAnalysis analysis = stored.analysis();
		return new Object[] { stored.messageId(), stored.tenantId(), stored.conversationId(), stored.userId(),
				stored.channel(), stored.sequence(), stored.content(), analysis.urgencyScore(),
				analysis.category().name(), analysis.sentiment().name(), analysis.sentimentScore(),
				json.writeValueAsString(analysis.keywords()), json.writeValueAsString(analysis.topics()),
				analysis.priorityLevel().name(), analysis.actionRequired(), analysis.recommendedResponseTime().name(),
				analysis.language(), analysis.confidence(), analysis.analyzer(), analysis.analyzerVersion(),
				Timestamp.from(stored.messageSentAt()), Timestamp.from(stored.analyzedAt()) };
	}

	@Override
	public Optional<StoredAnalysis> find(String tenantId, String messageId) {
		return jdbc.query("SELECT * FROM message_analyses WHERE tenant_id = ? AND message_id = ?", this::stored,
				tenantId, messageId).stream().findFirst();
	}

	@Override
	public List<List<StoredAnalysis>> before(List<ConversationPosition> positions, int limit) {
		List<List<StoredAnalysis>> histories = new ArrayList<>();
		positions.forEach(position -> histories.add(new ArrayList<>()));
		if (positions.isEmpty()) {
			return histories;
		}
		List<Object> parameters = new ArrayList<>();
		for (int i = 0; i < positions.size(); i++) {
			ConversationPosition position = positions.get(i);
			parameters.addAll(List.of(i, position.tenantId(), position.conversationId(), position.sequence(), limit));
		}
		jdbc.query(String.join("\nUNION ALL\n", Collections.nCopies(positions.size(), LAST_BEFORE_POSITION)),
				(ResultSet row) -> {
					histories.get(row.getInt("position_index")).add(stored(row, 0));
				}, parameters.toArray());
		histories.forEach(history -> history.sort(Comparator.comparingLong(StoredAnalysis::sequence)));
		return histories;
	}

	private StoredAnalysis stored(ResultSet row, int index) throws SQLException {
		MessageAnalysis analysis = new MessageAnalysis(row.getInt("urgency_score"),
				MessageCategory.valueOf(row.getString("category")), SentimentLabel.valueOf(row.getString("sentiment")),
				row.getDouble("sentiment_score"), json.readValue(row.getString("keywords"), STRINGS),
				json.readValue(row.getString("topics"), STRINGS), PriorityLevel.valueOf(row.getString("priority_level")),
				row.getBoolean("action_required"), ResponseTime.valueOf(row.getString("response_time")),
				row.getString("language"), row.getDouble("confidence"), row.getString("analyzer"),
				row.getString("analyzer_version"));
		return new StoredAnalysis(row.getString("message_id"), row.getString("tenant_id"),
				row.getString("conversation_id"), row.getString("user_id"), row.getString("channel"),
				row.getLong("sequence_no"), row.getString("content"), analysis,
				row.getTimestamp("message_sent_at").toInstant(), row.getTimestamp("analyzed_at").toInstant());
	}
}
