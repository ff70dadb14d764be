package io.parley.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.parley.events.ConversationAssigned;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.routing.domain.RoutingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Round-robin assignment within capacity, skills and the hourly limit; the queue; agents going offline. */
class AssignmentTest extends RoutingTest {

	@Autowired
	RoutingService routing;

	@Test
	void underContentionNoConversationIsAssignedTwiceNoAgentGoesOverCapacityAndNoneIsForgotten() {
		String ayse = humanAgent("Ayşe", 2, List.of());
		String burak = humanAgent("Burak", 2, List.of());
		List<String> conversations = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			conversations.add(newId());
		}

		// Twelve urgent conversations arrive across partitions while Burak goes offline and back, and Cem joins.
		CompletableFuture<Void> churn = CompletableFuture.runAsync(() -> {
			patch("/api/v1/agents/" + burak, Map.of("online", false)).expectStatus().isOk();
			humanAgent("Cem", 3, List.of());
			patch("/api/v1/agents/" + burak, Map.of("online", true)).expectStatus().isOk();
			patch("/api/v1/agents/" + ayse, Map.of("online", false)).expectStatus().isOk();
		});
		for (String conversation : conversations) {
			publish(analysis(conversation, a -> a.setUrgencyScore(9)));
		}
		churn.join();

		await().atMost(PATIENCE).until(() -> decided(conversations) == 12 && outboxSize() == 0);
		// Burak (2) and Cem (3) are online; Ayşe is offline.
		Map<String, Integer> load = load(conversations);
		assertThat(load).doesNotContainKey(ayse);
		assertThat(load.get(burak)).isEqualTo(2);
		assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
		assertThat(waiting(conversations)).isEqualTo(7);
		for (String conversation : conversations) {
			List<ConversationAssigned> assignments = routingEvents(conversation).stream()
				.filter(ConversationAssigned.class::isInstance).map(ConversationAssigned.class::cast).toList();
			// Every assignment after the first is a reassignment from the agent before it: never two at once.
			for (int i = 1; i < assignments.size(); i++) {
				assertThat(assignments.get(i).getPreviousAgentId()).isEqualTo(assignments.get(i - 1).getAgentId());
			}
			String holder = (String) conversation(conversation).get("assigned_agent");
			if (holder != null) {
				assertThat(assignments).isNotEmpty();
				assertThat(assignments.get(assignments.size() - 1).getAgentId()).isEqualTo(holder);
			}
			assertThat(openAssignments(conversation)).isEqualTo(holder == null ? 0 : 1);
		}
	}

	@Test
	void whenCapacityFreesTheHighestPriorityIsServedFirstThenTheLongestWaiting() {
		humanAgent("Deniz", 1, List.of());
		String first = escalate(PriorityLevel.NORMAL);
		String normalEarly = escalate(PriorityLevel.NORMAL);
		clock.advance(Duration.ofMinutes(1));
		String normalLate = escalate(PriorityLevel.NORMAL);
		clock.advance(Duration.ofMinutes(1));
		String critical = escalate(PriorityLevel.CRITICAL);
		assertThat(conversation(first).get("state")).isEqualTo("assigned");

		resolve(first);
		awaitAssigned(critical);
		resolve(critical);
		awaitAssigned(normalEarly);
		resolve(normalEarly);
		awaitAssigned(normalLate);

		ConversationAssigned late = (ConversationAssigned) awaitRoutingEvents(normalLate, 2).get(1);
		assertThat(late.getQueuedMillis()).isEqualTo(Duration.ofMinutes(1).toMillis());
	}

	@Test
	void anAgentGoingOfflineHandsTheirOpenConversationsToAnotherOnlineAgent() {
		String emre = humanAgent("Emre", 2, List.of());
		String a = escalate(PriorityLevel.NORMAL);
		String b = escalate(PriorityLevel.NORMAL);
		String fatma = humanAgent("Fatma", 5, List.of());

		patch("/api/v1/agents/" + emre, Map.of("online", false)).expectStatus().isOk()
			.expectBody().jsonPath("$.online").isEqualTo(false);

		for (String conversation : List.of(a, b)) {
			assertThat(conversation(conversation).get("assigned_agent")).isEqualTo(fatma);
			ConversationAssigned reassigned = (ConversationAssigned) awaitRoutingEvents(conversation, 3).get(2);
			assertThat(reassigned.getAgentId()).isEqualTo(fatma);
			assertThat(reassigned.getPreviousAgentId()).isEqualTo(emre);
		}
	}

	@Test
	void loweringAnAgentsCapacityOrDeletingThemHandsTheExtraConversationsOn() {
		String lale = humanAgent("Lale", 3, List.of());
		List<String> held = List.of(escalate(PriorityLevel.NORMAL), escalate(PriorityLevel.NORMAL),
				escalate(PriorityLevel.NORMAL));
		String murat = humanAgent("Murat", 1, List.of());

		patch("/api/v1/agents/" + lale, Map.of("capacity", 2)).expectStatus().isOk();

		assertThat(load(held)).containsEntry(lale, 2).containsEntry(murat, 1);

		web.delete().uri("/api/v1/agents/{id}", lale).header(io.parley.platform.web.TrustedHeaders.TENANT_ID, tenant)
			.exchange().expectStatus().isNoContent();

		assertThat(load(held)).containsOnlyKeys(murat).containsEntry(murat, 1);
		assertThat(waiting(held)).isEqualTo(2);
	}

	@Test
	void humansTakeTurnsRoundRobin() {
		String gul = humanAgent("Gül", 5, List.of());
		String hakan = humanAgent("Hakan", 5, List.of());

		List<Object> holders = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			holders.add(conversation(escalate(PriorityLevel.NORMAL)).get("assigned_agent"));
		}

		assertThat(holders).containsExactly(gul, hakan, gul, hakan);
	}

	@Test
	void aConversationGoesToAnAgentWithTheMatchingSkill() {
		humanAgent("Sales Sevgi", 5, List.of("sales"));
		String tech = humanAgent("Tech Tarık", 5, List.of("technical"));

		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation,
				a -> a.setUrgencyScore(9).setCategory(MessageCategory.TECHNICAL)));
		awaitDecision(conversation, message.getMessageId());

		assertThat(conversation(conversation).get("assigned_agent")).isEqualTo(tech);
	}

	@Test
	void anAgentTakesNoMoreThanTheHourlyLimitAndTheQueueMovesOnWhenTheHourHasPassed() {
		patch("/api/v1/routing/settings", Map.of("hourly_assignment_limit", 2)).expectStatus().isOk();
		String ilker = humanAgent("İlker", 10, List.of());
		escalate(PriorityLevel.NORMAL);
		escalate(PriorityLevel.NORMAL);
		String third = escalate(PriorityLevel.NORMAL);
		assertThat(conversation(third).get("state")).isEqualTo("escalated");

		clock.advance(Duration.ofMinutes(61));
		routing.drainQueues();

		assertThat(conversation(third).get("assigned_agent")).isEqualTo(ilker);
	}

	private String escalate(PriorityLevel priority) {
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> a.setUrgencyScore(9).setPriorityLevel(priority)));
		awaitDecision(conversation, message.getMessageId());
		return conversation;
	}

	private void resolve(String conversation) {
		post("/api/v1/conversations/" + conversation + "/resolve", Map.of("resolution", "agent")).expectStatus().isOk();
	}

	private void awaitAssigned(String conversation) {
		await().atMost(PATIENCE).until(() -> "assigned".equals(conversation(conversation).get("state")));
	}

	private long decided(List<String> conversations) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM routing_decisions WHERE conversation_id IN (:ids)")
			.param("ids", conversations).query(Long.class).single();
	}

	private long outboxSize() {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
	}

	private Map<String, Integer> load(List<String> conversations) {
		Map<String, Integer> load = new HashMap<>();
		database.jdbcClient().sql("""
				SELECT agent_id, COUNT(*) FROM conversations
				WHERE conversation_id IN (:ids) AND state = 'ASSIGNED' GROUP BY agent_id""")
			.param("ids", conversations).query((row, i) -> load.put(row.getString(1), row.getInt(2))).list();
		return load;
	}

	private long waiting(List<String> conversations) {
		return database.jdbcClient().sql("""
				SELECT COUNT(*) FROM conversations
				WHERE conversation_id IN (:ids) AND state = 'ESCALATED' AND agent_id IS NULL""")
			.param("ids", conversations).query(Long.class).single();
	}

	private long openAssignments(String conversation) {
		return database.jdbcClient()
			.sql("SELECT COUNT(*) FROM assignments WHERE conversation_id = ? AND released_at IS NULL")
			.param(conversation).query(Long.class).single();
	}
}
