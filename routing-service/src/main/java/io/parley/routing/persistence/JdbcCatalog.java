package io.parley.routing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.parley.events.AgentKind;
import io.parley.routing.domain.Agent;
import io.parley.routing.domain.RoutingRule;
import io.parley.routing.domain.RuleConditions;
import io.parley.routing.domain.TenantSettings;
import io.parley.routing.domain.VipCustomer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's settings, agents, routing rules and critical customers. */
@Repository
public class JdbcCatalog {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcCatalog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// settings --------------------------------------------------------------------------------------------------

	/** Creates the tenant's settings row unless it exists. @return true when it was created now */
	public boolean insertSettingsIfAbsent(TenantSettings settings, Instant now) {
		return jdbc.sql("""
				INSERT IGNORE INTO tenant_settings (tenant_id, confidence_threshold, sentiment_threshold, urgency_threshold,
				    unresolved_turns, hourly_assignment_limit, vip_priority_step, idle_resolve_seconds, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(settings.tenantId(), settings.confidenceThreshold(), settings.sentimentThreshold(),
					settings.urgencyThreshold(), settings.unresolvedTurns(), settings.hourlyAssignmentLimit(),
					settings.vipPriorityStep(), settings.idleResolveSeconds(), Timestamp.from(now))
			.update() == 1;
	}

	/** The settings row, locked until the transaction ends: one tenant's assignment work runs one at a time. */
	public TenantSettings lockSettings(String tenantId) {
		return jdbc.sql("SELECT * FROM tenant_settings WHERE tenant_id = ? FOR UPDATE").param(tenantId)
			.query(this::settings).single();
	}

	public Optional<TenantSettings> lockSettingsIfPresent(String tenantId) {
		return jdbc.sql("SELECT * FROM tenant_settings WHERE tenant_id = ? FOR UPDATE").param(tenantId)
			.query(this::settings).optional();
	}

	public Optional<TenantSettings> findSettings(String tenantId) {
		return jdbc.sql("SELECT * FROM tenant_settings WHERE tenant_id = ?").param(tenantId).query(this::settings).optional();
	}

	public void updateSettings(TenantSettings s) {
		jdbc.sql("""
				UPDATE tenant_settings SET confidence_threshold = ?, sentiment_threshold = ?, urgency_threshold = ?,
				    unresolved_turns = ?, hourly_assignment_limit = ?, vip_priority_step = ?, idle_resolve_seconds = ?
				WHERE tenant_id = ?""")
			.params(s.confidenceThreshold(), s.sentimentThreshold(), s.urgencyThreshold(), s.unresolvedTurns(),
					s.hourlyAssignmentLimit(), s.vipPriorityStep(), s.idleResolveSeconds(), s.tenantId())
			.update();
	}

	public List<String> tenants() {
		return jdbc.sql("SELECT tenant_id FROM tenant_settings").query(String.class).list();
	}

	private TenantSettings settings(ResultSet row, int index) throws SQLException {
		return new TenantSettings(row.getString("tenant_id"), row.getDouble("confidence_threshold"),
				row.getDouble("sentiment_threshold"), row.getInt("urgency_threshold"), row.getInt("unresolved_turns"),
				row.getInt("hourly_assignment_limit"), row.getInt("vip_priority_step"),
				row.getLong("idle_resolve_seconds"));
	}

	// agents ----------------------------------------------------------------------------------------------------

	public void insertAgent(Agent agent, Instant now) {
		jdbc.sql("""
				INSERT INTO agents (id, tenant_id, name, kind, description, skills, languages, capacity, online, endpoint,
				    system_key, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(agent.id(), agent.tenantId(), agent.name(), agent.kind().name(), agent.description(),
					json.writeValueAsString(agent.skills()), json.writeValueAsString(agent.languages()), agent.capacity(),
					agent.online(), agent.endpoint(), agent.systemKey(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void updateAgent(Agent agent, Instant now) {
		jdbc.sql("""
				UPDATE agents SET name = ?, kind = ?, description = ?, skills = ?, languages = ?, capacity = ?, online = ?,
				    endpoint = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(agent.name(), agent.kind().name(), agent.description(), json.writeValueAsString(agent.skills()),
					json.writeValueAsString(agent.languages()), agent.capacity(), agent.online(), agent.endpoint(),
					Timestamp.from(now), agent.tenantId(), agent.id())
			.update();
	}

	public void deleteAgent(String tenantId, String id) {
		jdbc.sql("DELETE FROM agents WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
	}

	public Optional<Agent> findAgent(String tenantId, String id) {
		return jdbc.sql("SELECT * FROM agents WHERE tenant_id = ? AND id = ?").params(tenantId, id).query(this::agent)
			.optional();
	}

	public Optional<Agent> findAgentByName(String tenantId, String name) {
		return jdbc.sql("SELECT * FROM agents WHERE tenant_id = ? AND name = ?").params(tenantId, name)
			.query(this::agent).optional();
	}

	public Optional<Agent> findSystemAgent(String tenantId, String systemKey) {
		return jdbc.sql("SELECT * FROM agents WHERE tenant_id = ? AND system_key = ?").params(tenantId, systemKey)
			.query(this::agent).optional();
	}

	public List<Agent> agents(String tenantId) {
		return jdbc.sql("SELECT * FROM agents WHERE tenant_id = ? ORDER BY seq").param(tenantId)
			.query(this::agent).list();
	}

	/** Human agents in round-robin order: the one assigned longest ago (or never) first. */
	public List<Agent> humansInTurn(String tenantId) {
		return jdbc.sql("""
				SELECT * FROM agents WHERE tenant_id = ? AND kind = 'HUMAN'
				ORDER BY last_assignment_id IS NOT NULL, last_assignment_id, seq""")
			.param(tenantId).query(this::agent).list();
	}

	public void markAssigned(String agentId, long assignmentId) {
		jdbc.sql("UPDATE agents SET last_assignment_id = ? WHERE id = ?").params(assignmentId, agentId).update();
	}

	private Agent agent(ResultSet row, int index) throws SQLException {
		return new Agent(row.getString("id"), row.getString("tenant_id"), row.getString("name"),
				AgentKind.valueOf(row.getString("kind")), row.getString("description"),
				json.readValue(row.getString("skills"), STRINGS), json.readValue(row.getString("languages"), STRINGS),
				row.getInt("capacity"), row.getBoolean("online"), row.getString("endpoint"), row.getString("system_key"));
	}

	// rules -----------------------------------------------------------------------------------------------------

	public void insertRule(RoutingRule rule, Instant now) {
		jdbc.sql("""
				INSERT INTO routing_rules (id, tenant_id, name, position, enabled, conditions, agent_id, team, created_at,
				    updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(rule.id(), rule.tenantId(), rule.name(), rule.position(), rule.enabled(),
					json.writeValueAsString(rule.conditions()), rule.agentId(), rule.team(), Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

	public void updateRule(RoutingRule rule, Instant now) {
		jdbc.sql("""
				UPDATE routing_rules SET name = ?, position = ?, enabled = ?, conditions = ?, agent_id = ?, team = ?,
				    updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(rule.name(), rule.position(), rule.enabled(), json.writeValueAsString(rule.conditions()),
					rule.agentId(), rule.team(), Timestamp.from(now), rule.tenantId(), rule.id())
			.update();
	}

	public void deleteRule(String tenantId, String id) {
		jdbc.sql("DELETE FROM routing_rules WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
	}

	public Optional<RoutingRule> findRule(String tenantId, String id) {
		return jdbc.sql("SELECT * FROM routing_rules WHERE tenant_id = ? AND id = ?").params(tenantId, id)
			.query(this::rule).optional();
	}

	/** The tenant's rules in the order they are tried. */
	public List<RoutingRule> rules(String tenantId) {
		return jdbc.sql("SELECT * FROM routing_rules WHERE tenant_id = ? ORDER BY position, created_at, id")
			.param(tenantId).query(this::rule).list();
	}

	public int nextRulePosition(String tenantId) {
		return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 10 FROM routing_rules WHERE tenant_id = ?").param(tenantId)
			.query(Integer.class).single();
	}

	public List<RoutingRule> rulesNaming(String tenantId, String agentId) {
		return jdbc.sql("SELECT * FROM routing_rules WHERE tenant_id = ? AND agent_id = ?").params(tenantId, agentId)
			.query(this::rule).list();
	}

	private RoutingRule rule(ResultSet row, int index) throws SQLException {
		return new RoutingRule(row.getString("id"), row.getString("tenant_id"), row.getString("name"),
				row.getInt("position"), row.getBoolean("enabled"),
				json.readValue(row.getString("conditions"), RuleConditions.class), row.getString("agent_id"),
				row.getString("team"));
	}

	// critical customers ----------------------------------------------------------------------------------------

	public void insertVip(VipCustomer vip, Instant now) {
		jdbc.sql("""
				INSERT INTO vip_customers (id, tenant_id, name, tier, user_id, phone_number, group_name, priority_steps,
				    force_human, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(vip.id(), vip.tenantId(), vip.name(), vip.tier(), vip.userId(), vip.phoneNumber(), vip.groupName(),
					vip.prioritySteps(), vip.forceHuman(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void updateVip(VipCustomer vip, Instant now) {
		jdbc.sql("""
				UPDATE vip_customers SET name = ?, tier = ?, user_id = ?, phone_number = ?, group_name = ?,
				    priority_steps = ?, force_human = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(vip.name(), vip.tier(), vip.userId(), vip.phoneNumber(), vip.groupName(), vip.prioritySteps(),
					vip.forceHuman(), Timestamp.from(now), vip.tenantId(), vip.id())
			.update();
	}

	public void deleteVip(String tenantId, String id) {
		jdbc.sql("DELETE FROM vip_customers WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
	}

	public Optional<VipCustomer> findVip(String tenantId, String id) {
		return jdbc.sql("SELECT * FROM vip_customers WHERE tenant_id = ? AND id = ?").params(tenantId, id)
			.query(this::vip).optional();
	}

	public List<VipCustomer> vips(String tenantId) {
		return jdbc.sql("SELECT * FROM vip_customers WHERE tenant_id = ? ORDER BY created_at, id").param(tenantId)
			.query(this::vip).list();
	}

	private VipCustomer vip(ResultSet row, int index) throws SQLException {
		return new VipCustomer(row.getString("id"), row.getString("tenant_id"), row.getString("name"),
				row.getString("tier"), row.getString("user_id"), row.getString("phone_number"),
				row.getString("group_name"), row.getInt("priority_steps"), row.getBoolean("force_human"));
	}
}
