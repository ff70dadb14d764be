package io.parley.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationClosed;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.PlatformEvent;
import io.parley.platform.web.TrustedHeaders;
import io.parley.routing.domain.RoutingService;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** open → routed → escalated → assigned → resolved, reopening, resolving through the API and for idleness. */
class ConversationLifecycleTest extends RoutingTest {

	@Autowired
	RoutingService routing;

	@Test
	void everyTransitionPublishesItsEventOnceAndInOrderOnBothTopics() {
		String agent = humanAgent("Jale", 2, List.of());
		String conversation = newId();
		MessageAnalyzed calm = publish(analysis(conversation, a -> {
		}));
		awaitDecision(conversation, calm.getMessageId());
		MessageAnalyzed urgent = publish(analysis(conversation, a -> a.setUrgencyScore(10)));
		awaitDecision(conversation, urgent.getMessageId());

		post("/api/v1/conversations/" + conversation + "/resolve", Map.of("resolved_by", "jale@example.com"))
			.expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("resolved");

		List<SpecificRecord> events = awaitRoutingEvents(conversation, 4);
		assertThat(events).hasSize(4);
		assertThat(events.get(0)).isInstanceOf(ConversationRouted.class);
		assertThat(events.get(1)).isInstanceOf(ConversationEscalated.class);
		assertThat(events.get(2)).isInstanceOf(ConversationAssigned.class);
		assertThat(events.get(3)).isInstanceOfSatisfying(ConversationResolved.class, resolved -> {
			assertThat(resolved.getResolution()).isEqualTo("agent");
			assertThat(resolved.getResolvedBy()).isEqualTo("jale@example.com");
		});
		List<PlatformEvent> partner = awaitPartnerEvents(conversation, 4);
		assertThat(partner).extracting(PlatformEvent::getType).containsExactly("conversation.routed",
				"conversation.escalated", "conversation.assigned", "conversation.resolved");
		assertThat(partner).allSatisfy(event -> {
			assertThat(event.getTenantId()).isEqualTo(tenant);
			assertThat(event.getSource()).isEqualTo("routing-service");
		});
		assertThat(data(partner.get(2))).containsEntry("assigned_agent", agent);
	}

	@Test
	void resolvingAResolvedConversationAgainPublishesNothingNew() {
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> {
		}));
		awaitDecision(conversation, message.getMessageId());
		post("/api/v1/conversations/" + conversation + "/resolve", Map.of()).expectStatus().isOk();
		awaitRoutingEvents(conversation, 2);

		post("/api/v1/conversations/" + conversation + "/resolve", Map.of()).expectStatus().isOk()
			.expectBody().jsonPath("$.state").isEqualTo("resolved");

		await().pollDelay(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> outboxSize() == 0);
		assertThat(routingEvents(conversation)).hasSize(2);
		assertThat(((ConversationResolved) routingEvents(conversation).get(1)).getResolution()).isEqualTo("bot");
	}

	@Test
	void aNewUserMessageReopensAResolvedConversationAndRoutesItAfresh() {
		String conversation = newId();
		MessageAnalyzed first = publish(analysis(conversation, a -> {
		}));
		awaitDecision(conversation, first.getMessageId());
		post("/api/v1/conversations/" + conversation + "/resolve", Map.of("resolution", "bot")).expectStatus().isOk();

		MessageAnalyzed again = publish(analysis(conversation, a -> {
		}));

		Map<String, Object> state = awaitDecision(conversation, again.getMessageId());
		assertThat(state.get("state")).isEqualTo("routed");
		assertThat(state.get("unresolved_turns")).isEqualTo(1);
		assertThat(awaitRoutingEvents(conversation, 3)).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("ConversationRouted", "ConversationResolved", "ConversationRouted");
	}

	@Test
	void aConversationIdleLongerThanTheTenantAllowsIsResolvedByTheSweep() {
		patch("/api/v1/routing/settings", Map.of("idle_resolve_seconds", 1800)).expectStatus().isOk();
		String idle = newId();
		String active = newId();
		publish(analysis(idle, a -> {
		}));
		await().atMost(PATIENCE).until(() -> conversation(idle).get("state") != null);
		clock.advance(Duration.ofMinutes(20));
		MessageAnalyzed recent = publish(analysis(active, a -> {
		}));
		awaitDecision(active, recent.getMessageId());
		clock.advance(Duration.ofMinutes(11));

		routing.resolveIdle();

		assertThat(conversation(idle).get("state")).isEqualTo("resolved");
		assertThat(conversation(active).get("state")).isEqualTo("routed");
		ConversationResolved resolved = (ConversationResolved) awaitRoutingEvents(idle, 2).get(1);
		assertThat(resolved.getResolution()).isEqualTo("idle");
		assertThat(resolved.getResolvedBy()).isNull();
	}

	@Test
	void aConversationClosedByItsChannelIsResolved() {
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> {
		}));
		awaitDecision(conversation, message.getMessageId());

		TopicProbe.publish(Topic.CONVERSATION_LIFECYCLE.topicName(), conversation, ConversationClosed.newBuilder()
			.setEventId(newId()).setTenantId(tenant).setOccurredAt(clock.instant()).setConversationId(conversation)
			.setUserId(message.getUserId()).setReason("session deleted").build());

		await().atMost(PATIENCE).until(() -> "resolved".equals(conversation(conversation).get("state")));
		assertThat(((ConversationResolved) awaitRoutingEvents(conversation, 2).get(1)).getResolution())
			.isEqualTo("closed");
	}

	@Test
	void resolvingAConversationRoutingDoesNotKnowIsNotFoundInAnotherTenantToo() {
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> {
		}));
		awaitDecision(conversation, message.getMessageId());

		web.post().uri("/api/v1/conversations/{id}/resolve", conversation).header(TrustedHeaders.TENANT_ID, "t-other")
			.exchange().expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
		post("/api/v1/conversations/" + newId() + "/resolve", Map.of()).expectStatus().isNotFound();
		post("/api/v1/conversations/" + conversation + "/resolve", Map.of("resolution", "magic"))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");

		assertThat(conversation(conversation).get("state")).isEqualTo("routed");
	}

	@Test
	void aMessageInAConversationAHumanHoldsYieldsNoDecisionAndAWaitingOneRaisesItsQueuePriority() {
		humanAgent("Kerem", 1, List.of());
		String held = newId();
		MessageAnalyzed urgent = publish(analysis(held, a -> a.setUrgencyScore(9)));
		awaitDecision(held, urgent.getMessageId());
		String waiting = newId();
		MessageAnalyzed alsoUrgent = publish(analysis(waiting, a -> a.setUrgencyScore(9)));
		awaitDecision(waiting, alsoUrgent.getMessageId());

		MessageAnalyzed toTheHuman = publish(analysis(held, a -> {
		}));
		MessageAnalyzed critical = publish(analysis(waiting, a -> a.setPriorityLevel(io.parley.events.PriorityLevel.CRITICAL)));

		Map<String, Object> queued = awaitDecision(waiting, critical.getMessageId());
		assertThat(queued.get("state")).isEqualTo("escalated");
		assertThat(queued.get("priority")).isEqualTo(4);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> decisions = (List<Map<String, Object>>) queued.get("decisions");
		assertThat(decisions).extracting(decision -> decision.get("outcome")).containsExactly("escalated", "waiting");
		await().atMost(PATIENCE).until(() -> database.jdbcClient()
			.sql("SELECT COUNT(*) FROM processed_events WHERE event_id = ?").param(toTheHuman.getEventId())
			.query(Long.class).single() == 1);
		await().atMost(PATIENCE).until(() -> outboxSize() == 0);
		assertThat((List<?>) conversation(held).get("decisions")).hasSize(1);
		assertThat(conversation(held).get("state")).isEqualTo("assigned");
		assertThat(routingEvents(held)).hasSize(2);
		assertThat(routingEvents(waiting)).hasSize(1);
	}

	private long outboxSize() {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
	}
}
