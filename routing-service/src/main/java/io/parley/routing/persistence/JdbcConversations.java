package io.parley.routing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.parley.routing.domain.ConversationState;
import io.parley.routing.domain.RoutedConversation;
import io.parley.routing.domain.RoutingDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Conversations as routing sees them, the decisions made for their messages, and their human assignments. */
@Repository
public class JdbcConversations {

	private final JdbcClient jdbc;

	JdbcConversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the conversation (state open) unless routing already knows it. */
	public void insertIfAbsent(String tenantId, String conversationId, String userId, String channel, Instant now) {
		jdbc.sql("""
				INSERT IGNORE INTO conversations (tenant_id, conversation_id, user_id, channel, state, priority,
				    unresolved_turns, last_activity_at, opened_at)
				VALUES (?, ?, ?, ?, 'OPEN', 0, 0, ?, ?)""")
			.params(tenantId, conversationId, userId, channel, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void setCustomer(String tenantId, String conversationId, String phone, String group) {
		jdbc.sql("""
				UPDATE conversations SET phone_number = COALESCE(?, phone_number), group_name = COALESCE(?, group_name)
				WHERE tenant_id = ? AND conversation_id = ?""")
			.params(phone, group, tenantId, conversationId).update();
	}

	public RoutedConversation lock(String tenantId, String conversationId) {
		return jdbc.sql("SELECT * FROM conversations WHERE tenant_id = ? AND conversation_id = ? FOR UPDATE")
			.params(tenantId, conversationId).query(this::conversation).single();
	}

	public Optional<RoutedConversation> find(String tenantId, String conversationId) {
		return jdbc.sql("SELECT * FROM conversations WHERE tenant_id = ? AND conversation_id = ?")
			.params(tenantId, conversationId).query(this::conversation).optional();
	}

	public void save(RoutedConversation c) {
		jdbc.sql("""
				UPDATE conversations SET state = ?, ai_agent_id = ?, agent_id = ?, previous_agent_id = ?,
				    escalation_reason = ?, required_skill = ?, language = ?, priority = ?, unresolved_turns = ?,
				    queued_at = ?, last_activity_at = ?, resolved_at = ?
				WHERE tenant_id = ? AND conversation_id = ?""")
			.params(c.state().name(), c.aiAgentId(), c.agentId(), c.previousAgentId(), c.escalationReason(),
					c.requiredSkill(), c.language(), c.priority(), c.unresolvedTurns(), ts(c.queuedAt()),
					ts(c.lastActivityAt()), ts(c.resolvedAt()), c.tenantId(), c.conversationId())
			.update();
	}

	/** Conversations waiting for a human: highest priority first, then the longest waiting. */
	public List<RoutedConversation> queue(String tenantId, int limit) {
		return jdbc.sql("""
				SELECT * FROM conversations WHERE tenant_id = ? AND state = 'ESCALATED' AND agent_id IS NULL
				ORDER BY priority DESC, queued_at, conversation_id LIMIT ? FOR UPDATE""")
			.params(tenantId, limit).query(this::conversation).list();
	}

	public List<RoutedConversation> assignedTo(String tenantId, String agentId) {
		return jdbc.sql("""
				SELECT * FROM conversations WHERE tenant_id = ? AND agent_id = ? AND state = 'ASSIGNED'
				ORDER BY priority DESC, queued_at FOR UPDATE""")
			.params(tenantId, agentId).query(this::conversation).list();
	}

	public int openLoad(String agentId) {
		return jdbc.sql("SELECT COUNT(*) FROM conversations WHERE agent_id = ? AND state = 'ASSIGNED'").param(agentId)
			.query(Integer.class).single();
	}

	/** Tenants with a conversation that has been idle since before their idle limit. */
	public List<String[]> idle(Instant now, int limit) {
		return jdbc.sql("""
				SELECT c.tenant_id, c.conversation_id FROM conversations c
				JOIN tenant_settings s ON s.tenant_id = c.tenant_id
				WHERE c.state IN ('OPEN', 'ROUTED', 'ASSIGNED')
				  AND c.last_activity_at <= TIMESTAMPADD(SECOND, -s.idle_resolve_seconds, ?)
				ORDER BY c.last_activity_at LIMIT ?""")
			.params(Timestamp.from(now), limit)
			.query((row, i) -> new String[] { row.getString(1), row.getString(2) }).list();
	}

	// decisions -------------------------------------------------------------------------------------------------

	public boolean decided(String tenantId, String messageId) {
		return jdbc.sql("SELECT COUNT(*) FROM routing_decisions WHERE tenant_id = ? AND message_id = ?")
			.params(tenantId, messageId).query(Integer.class).single() > 0;
	}

	public void insertDecision(RoutingDecision d) {
		jdbc.sql("""
				INSERT INTO routing_decisions (id, tenant_id, conversation_id, message_id, outcome, agent_id, rule_id,
				    rule_name, escalation_reason, explanation, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.tenantId(), d.conversationId(), d.messageId(), d.outcome(), d.agentId(), d.ruleId(),
					d.ruleName(), d.escalationReason(), truncate(d.explanation(), 2000), Timestamp.from(d.decidedAt()))
			.update();
	}

	public List<RoutingDecision> decisions(String tenantId, String conversationId) {
		return jdbc.sql("""
				SELECT * FROM routing_decisions WHERE tenant_id = ? AND conversation_id = ? ORDER BY seq""")
			.params(tenantId, conversationId)
			.query((row, i) -> new RoutingDecision(row.getString("id"), row.getString("tenant_id"),
					row.getString("conversation_id"), row.getString("message_id"), row.getString("outcome"),
					row.getString("agent_id"), row.getString("rule_id"), row.getString("rule_name"),
					row.getString("escalation_reason"), row.getString("explanation"),
					row.getTimestamp("decided_at").toInstant()))
			.list();
	}

	// assignments -----------------------------------------------------------------------------------------------

	public long insertAssignment(String tenantId, String conversationId, String agentId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO assignments (tenant_id, conversation_id, agent_id, assigned_at) VALUES (?, ?, ?, ?)")
			.params(tenantId, conversationId, agentId, Timestamp.from(now)).update(keys);
		return keys.getKey().longValue();
	}

	public void releaseAssignment(String tenantId, String conversationId, Instant now) {
		jdbc.sql("""
				UPDATE assignments SET released_at = ? WHERE tenant_id = ? AND conversation_id = ? AND released_at IS NULL""")
			.params(Timestamp.from(now), tenantId, conversationId).update();
	}

	public int assignmentsSince(String agentId, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM assignments WHERE agent_id = ? AND assigned_at > ?")
			.params(agentId, Timestamp.from(since)).query(Integer.class).single();
	}

	private RoutedConversation conversation(ResultSet row, int index) throws SQLException {
		return new RoutedConversation(row.getString("tenant_id"), row.getString("conversation_id"),
				row.getString("user_id"), row.getString("channel"), row.getString("phone_number"),
				row.getString("group_name"), ConversationState.valueOf(row.getString("state")),
				row.getString("ai_agent_id"), row.getString("agent_id"), row.getString("previous_agent_id"),
				row.getString("escalation_reason"), row.getString("required_skill"), row.getString("language"),
				row.getInt("priority"), row.getInt("unresolved_turns"), instant(row, "queued_at"),
				instant(row, "last_activity_at"), instant(row, "opened_at"), instant(row, "resolved_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
