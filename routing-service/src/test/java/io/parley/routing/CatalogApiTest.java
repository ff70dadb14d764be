package io.parley.routing;

import java.util.List;
import java.util.Map;

import io.parley.events.ConversationRouted;
import io.parley.events.MessageAnalyzed;
import io.parley.platform.web.TrustedHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Agents, routing rules and critical customers: tenant-scoped create, list, get, update, delete. */
class CatalogApiTest extends RoutingTest {

	@Test
	void aNewTenantStartsWithTheIzerAgentsASalesAgentAndADefaultRuleSet() {
		web.get().uri("/api/v1/agents").header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.agents[*].name").isEqualTo(List.of("General Purpose Agent", "Business Workflow Agent",
					"Code/Technical Agent", "Sales Agent"))
			.jsonPath("$.agents[*].kind").isEqualTo(List.of("ai", "ai", "ai", "ai"));
		web.get().uri("/api/v1/routing/rules").header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.rules.length()").isEqualTo(4)
			.jsonPath("$.rules[0].conditions.categories[0]").isEqualTo("technical")
			.jsonPath("$.rules[3].conditions.categories.length()").isEqualTo(0);
		web.get().uri("/api/v1/routing/settings").header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.confidence_threshold").isEqualTo(0.75)
			.jsonPath("$.urgency_threshold").isEqualTo(8)
			.jsonPath("$.unresolved_turns").isEqualTo(3);
	}

	@Test
	void aHumanAgentIsCreatedReadUpdatedSetOfflineAndDeleted() {
		Map<String, Object> agent = created("/api/v1/agents", Map.of("name", "Leyla", "kind", "human", "skills",
				List.of("Technical", "sales"), "languages", List.of("tr", "en"), "capacity", 4));
		String id = (String) agent.get("id");
		assertThat(agent).containsEntry("online", true).containsEntry("capacity", 4)
			.containsEntry("skills", List.of("technical", "sales"));

		patch("/api/v1/agents/" + id, Map.of("online", false)).expectStatus().isOk().expectBody()
			.jsonPath("$.online").isEqualTo(false).jsonPath("$.name").isEqualTo("Leyla");
		web.put().uri("/api/v1/agents/{id}", id).header(TrustedHeaders.TENANT_ID, tenant)
			.bodyValue(Map.of("capacity", 6)).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.capacity").isEqualTo(6).jsonPath("$.online").isEqualTo(false);
		web.get().uri("/api/v1/agents/{id}", id).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.capacity").isEqualTo(6);
		web.get().uri("/api/v1/agents/{id}", id).header(TrustedHeaders.TENANT_ID, "t-someone-else").exchange()
			.expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");

		web.delete().uri("/api/v1/agents/{id}", id).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isNoContent();
		web.get().uri("/api/v1/agents/{id}", id).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void badAgentsAreRefusedWith400AndNothingIsStored() {
		web.get().uri("/api/v1/agents").header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isOk();
		long before = agentCount();
		for (Map<String, Object> bad : List.of(Map.<String, Object>of("name", "X", "kind", "robot"),
				Map.<String, Object>of("kind", "ai"),
				Map.<String, Object>of("name", "Hook", "kind", "external"),
				Map.<String, Object>of("name", "Hook", "kind", "external", "endpoint", "ftp://example.com"),
				Map.<String, Object>of("name", "Zero", "kind", "human", "capacity", 0),
				Map.<String, Object>of("name", "   ", "kind", "ai"))) {
			post("/api/v1/agents", bad).expectStatus().isBadRequest().expectBody()
				.jsonPath("$.error.code").isEqualTo("invalid_request")
				.jsonPath("$.error.details.field").isNotEmpty();
		}
		post("/api/v1/agents", Map.of("name", "Sales Agent", "kind", "ai")).expectStatus().isEqualTo(409);
		assertThat(agentCount()).isEqualTo(before);
	}

	@Test
	void anExternalAgentNamedByARuleReceivesTheMessagesItMatches() {
		String hook = (String) created("/api/v1/agents", Map.of("name", "n8n bike-repair flow", "kind", "external",
				"endpoint", "https://n8n.example.com/webhook/repairs")).get("id");
		Map<String, Object> rule = created("/api/v1/routing/rules", Map.of("name", "Repairs to n8n", "position", 5,
				"conditions", Map.of("keywords", List.of("repair", "brakes"), "channels", List.of("whatsapp")),
				"agent_id", hook));
		assertThat(rule).containsEntry("position", 5);

		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation,
				a -> a.setChannel("whatsapp").setKeywords(List.of("brakes", "squeak"))));

		awaitDecision(conversation, message.getMessageId());
		ConversationRouted routed = (ConversationRouted) awaitRoutingEvents(conversation, 1).get(0);
		assertThat(routed.getAgentId()).isEqualTo(hook);
		assertThat(routed.getRuleId()).isEqualTo(rule.get("id"));
		assertThat(routed.getReason()).contains("keywords [brakes]", "channel whatsapp");
		assertThat(data(awaitPartnerEvents(conversation, 1).get(0)))
			.containsEntry("agent_endpoint", "https://n8n.example.com/webhook/repairs");
	}

	@Test
	void aRuleNamingATeamSendsMatchingConversationsToThatTeamsHumans() {
		humanAgent("Generalist Gamze", 5, List.of("support"));
		String manager = humanAgent("Manager Mert", 5, List.of("management"));
		created("/api/v1/routing/rules", Map.of("name", "Enterprise customers to management", "position", 1,
				"conditions", Map.of("customer_tiers", List.of("management")), "team", "management"));
		created("/api/v1/routing/vip-customers", Map.of("name", "İzer Management", "tier", "management",
				"group_name", "İzer Yönetim"));
		String conversation = newId();
		opened(conversation, "group-1", Map.of("group_name", "izer yönetim"));
		// The conversation is known with its group before the message arrives.
		org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> database.jdbcClient()
			.sql("SELECT COUNT(*) FROM conversations WHERE conversation_id = ? AND group_name IS NOT NULL")
			.param(conversation).query(Long.class).single() == 1);

		MessageAnalyzed message = publish(analysis(conversation, a -> a.setUserId("group-1")));

		Map<String, Object> state = awaitDecision(conversation, message.getMessageId());
		assertThat(state.get("escalation_reason")).isEqualTo("routing_rule");
		assertThat(state.get("assigned_agent")).isEqualTo(manager);
	}

	@Test
	void rulesAreValidatedUpdatedAndDeleted() {
		String human = humanAgent("Nazlı", 2, List.of());
		long before = ruleCount();
		post("/api/v1/routing/rules", Map.of("name", "x", "conditions", Map.of("categories", List.of("weather")),
				"team", "a")).expectStatus().isBadRequest();
		post("/api/v1/routing/rules", Map.of("name", "x", "agent_id", human)).expectStatus().isBadRequest();
		post("/api/v1/routing/rules", Map.of("name", "x", "agent_id", newId())).expectStatus().isBadRequest();
		post("/api/v1/routing/rules", Map.of("name", "x")).expectStatus().isBadRequest();
		post("/api/v1/routing/rules", Map.of("name", "x", "team", "a", "conditions",
				Map.of("min_urgency", 9, "max_urgency", 3))).expectStatus().isBadRequest();
		assertThat(ruleCount()).isEqualTo(before);

		String id = (String) created("/api/v1/routing/rules", Map.of("name", "Urgent sales to people",
				"conditions", Map.of("categories", List.of("sales"), "min_urgency", 6), "team", "sales")).get("id");
		patch("/api/v1/routing/rules/" + id, Map.of("enabled", false)).expectStatus().isOk().expectBody()
			.jsonPath("$.enabled").isEqualTo(false).jsonPath("$.team").isEqualTo("sales")
			.jsonPath("$.conditions.min_urgency").isEqualTo(6);
		web.delete().uri("/api/v1/routing/rules/{id}", id).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isNoContent();
		web.get().uri("/api/v1/routing/rules/{id}", id).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void anAgentARuleNamesCannotBeDeleted() {
		String sales = (String) created("/api/v1/agents", Map.of("name", "Bot", "kind", "ai")).get("id");
		created("/api/v1/routing/rules", Map.of("name", "to bot", "agent_id", sales));

		web.delete().uri("/api/v1/agents/{id}", sales).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isEqualTo(409).expectBody().jsonPath("$.error.details.rule_ids.length()").isEqualTo(1);
	}

	@Test
	void criticalCustomersAreCreatedListedUpdatedAndDeleted() {
		long before = vipCount();
		post("/api/v1/routing/vip-customers", Map.of("name", "Nobody")).expectStatus().isBadRequest();
		post("/api/v1/routing/vip-customers", Map.of("name", "Short", "phone_number", "12")).expectStatus()
			.isBadRequest();
		assertThat(vipCount()).isEqualTo(before);

		Map<String, Object> vip = created("/api/v1/routing/vip-customers", Map.of("name", "Sales Team", "tier",
				"sales_team", "group_name", "Satış Ekibi", "priority_steps", 2, "force_human", true));
		String id = (String) vip.get("id");
		assertThat(vip).containsEntry("force_human", true).containsEntry("priority_steps", 2);
		patch("/api/v1/routing/vip-customers/" + id, Map.of("force_human", false)).expectStatus().isOk()
			.expectBody().jsonPath("$.force_human").isEqualTo(false).jsonPath("$.group_name").isEqualTo("Satış Ekibi");
		web.get().uri("/api/v1/routing/vip-customers").header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.vip_customers.length()").isEqualTo(1);
		web.delete().uri("/api/v1/routing/vip-customers/{id}", id).header(TrustedHeaders.TENANT_ID, tenant)
			.exchange().expectStatus().isNoContent();
		assertThat(vipCount()).isEqualTo(before);
	}

	@Test
	void aCriticalCustomerWhoAlwaysGetsAPersonIsEscalatedOnTheirFirstMessage() {
		created("/api/v1/routing/vip-customers",
				Map.of("name", "Ops VIP", "user_id", "vip-user-7", "force_human", true));
		String conversation = newId();

		MessageAnalyzed message = publish(analysis(conversation, a -> a.setUserId("vip-user-7")));

		assertThat(awaitDecision(conversation, message.getMessageId()).get("escalation_reason"))
			.isEqualTo("vip_customer");
	}

	private long agentCount() {
		return count("agents");
	}

	private long ruleCount() {
		return count("routing_rules");
	}

	private long vipCount() {
		return count("vip_customers");
	}

	private long count(String table) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?").param(tenant)
			.query(Long.class).single();
	}
}
