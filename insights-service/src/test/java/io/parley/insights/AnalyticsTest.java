package io.parley.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.parley.events.AgentKind;
import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PriorityLevel;
import io.parley.events.SentimentLabel;
import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ParleyServiceTest
class AnalyticsTest {

	static final Duration PATIENCE = Duration.ofSeconds(40);
	static final Instant D1 = Instant.parse("2026-03-02T00:00:00Z");
	static final Instant D2 = Instant.parse("2026-03-03T00:00:00Z");

	@Autowired
	WebTestClient web;

	/**
	 * Three conversations: A (whatsapp, resolved by the bot on day 1), B (escalated on day 2, its escalation
	 * published before its opening), C (opened 23:30 UTC on day 1, published last: 02:30 on day 2 in Istanbul).
	 */
	static Events threeConversations(String tenant) {
		Events e = new Events(tenant);
		// B's routing arrives before its opening.
		e.escalated("conv-b", "bob", "negative_sentiment", "agent-7", at(D2, "09:02:00"));
		e.opened("conv-a", "alice", "whatsapp", at(D1, "10:00:00"));
		MessageReceived a1 = e.message("conv-a", "alice", MessageRole.USER, "Where is my order?", at(D1, "10:00:00"));
		e.routed("conv-a", "alice", "bot-1", AgentKind.AI, at(D1, "10:00:01"));
		e.message("conv-a", "alice", MessageRole.ASSISTANT, "Let me check", at(D1, "10:00:04"));
		MessageReceived a2 = e.message("conv-a", "alice", MessageRole.USER, "Thanks, found it", at(D1, "10:01:00"));
		e.message("conv-a", "alice", MessageRole.ASSISTANT, "Great!", at(D1, "10:01:02"));
		e.analyzed(a1, MessageCategory.SUPPORT, SentimentLabel.NEGATIVE, -0.5, 6, PriorityLevel.NORMAL,
				List.of("order", "delivery"));
		e.analyzed(a2, MessageCategory.SUPPORT, SentimentLabel.POSITIVE, 0.5, 2, PriorityLevel.LOW, List.of("order"));
		e.resolved("conv-a", "alice", "bot", at(D1, "10:05:00"));
		e.feedback("conv-a", "alice", 5, at(D1, "10:06:00"));

		e.opened("conv-b", "bob", "webhook", at(D2, "09:00:00"));
		MessageReceived b1 = e.message("conv-b", "bob", MessageRole.USER, "I want a refund NOW", at(D2, "09:00:00"));
		e.routed("conv-b", "bob", "bot-1", AgentKind.AI, at(D2, "09:00:01"));
		e.message("conv-b", "bob", MessageRole.ASSISTANT, "Sorry to hear", at(D2, "09:00:10"));
		e.analyzed(b1, MessageCategory.COMPLAINT, SentimentLabel.NEGATIVE, -0.8, 9, PriorityLevel.CRITICAL,
				List.of("refund"));
		e.assigned("conv-b", "bob", "agent-7", at(D2, "09:03:00"));
		e.message("conv-b", "bob", MessageRole.AGENT, "I'm on it", at(D2, "09:04:00"));
		e.resolved("conv-b", "bob", "agent", at(D2, "09:30:00"));
		e.feedback("conv-b", "bob", 3, at(D2, "09:31:00"));

		MessageReceived c1 = e.message("conv-c", "carol", MessageRole.USER, "hello?", at(D1, "23:30:00"));
		e.analyzed(c1, MessageCategory.GENERAL, SentimentLabel.NEUTRAL, 0.0, 3, PriorityLevel.LOW, List.of("hello"));
		// The opening comes last, late.
		e.opened("conv-c", "carol", "webhook", at(D1, "23:30:00"));
		return e;
	}

	static Instant at(Instant day, String time) {
		return Instant.parse(day.toString().substring(0, 11) + time + "Z");
	}

	@Test
	void theSeedsMetricsAndTheHelpDeskBreakdownsCountEachConversationOnce() {
		String tenant = Events.newTenant();
		threeConversations(tenant).publish();

		await().atMost(PATIENCE).untilAsserted(() -> analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03")
			.expectStatus().isOk().expectBody().jsonPath("$.metrics.customer_satisfaction").isEqualTo(4.0)
			.jsonPath("$.metrics.total_messages").isEqualTo(8)
			.jsonPath("$.metrics.avg_urgency").isEqualTo(5.0)
			.jsonPath("$.metrics.resolved").isEqualTo(2));

		analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03").expectStatus().isOk().expectBody()
			.jsonPath("$.period.start").isEqualTo("2026-03-02")
			.jsonPath("$.period.end").isEqualTo("2026-03-03")
			.jsonPath("$.metrics.total_conversations").isEqualTo(3)
			.jsonPath("$.metrics.ai_resolved").isEqualTo(1)
			.jsonPath("$.metrics.escalated").isEqualTo(1)
			.jsonPath("$.metrics.resolution_rate").isEqualTo(0.33)
			.jsonPath("$.metrics.avg_response_time").isEqualTo(5.33)
			.jsonPath("$.metrics.first_response_time").isEqualTo(7.0)
			.jsonPath("$.metrics.resolution_time").isEqualTo(1050.0)
			.jsonPath("$.metrics.bot_handoffs").isEqualTo(1)
			.jsonPath("$.metrics.user_messages").isEqualTo(4)
			.jsonPath("$.metrics.avg_sentiment").isEqualTo(-0.2)
			.jsonPath("$.daily_breakdown.length()").isEqualTo(2)
			.jsonPath("$.daily_breakdown[0].date").isEqualTo("2026-03-02")
			.jsonPath("$.daily_breakdown[0].conversations").isEqualTo(2)
			.jsonPath("$.daily_breakdown[0].resolution_rate").isEqualTo(0.5)
			.jsonPath("$.daily_breakdown[1].date").isEqualTo("2026-03-03")
			.jsonPath("$.daily_breakdown[1].conversations").isEqualTo(1)
			.jsonPath("$.daily_breakdown[1].resolution_rate").isEqualTo(0.0)
			.jsonPath("$.escalations_by_reason.negative_sentiment").isEqualTo(1)
			.jsonPath("$.by_category.length()").isEqualTo(3)
			.jsonPath("$.by_category[?(@.category == 'complaint')].escalated").isEqualTo(List.of(1))
			.jsonPath("$.by_channel[0].channel").isEqualTo("webhook")
			.jsonPath("$.by_channel[0].conversations").isEqualTo(2)
			.jsonPath("$.by_channel[1].channel").isEqualTo("whatsapp")
			.jsonPath("$.by_agent[?(@.agent_id == 'agent-7')].conversations").isEqualTo(List.of(1))
			.jsonPath("$.by_agent[?(@.agent_id == 'bot-1')].ai_resolved").isEqualTo(List.of(1))
			.jsonPath("$.sentiment_distribution.negative").isEqualTo(2)
			.jsonPath("$.sentiment_distribution.positive").isEqualTo(1)
			.jsonPath("$.sentiment_distribution.neutral").isEqualTo(1)
			.jsonPath("$.urgency_distribution.9").isEqualTo(1)
			.jsonPath("$.urgency_distribution.1").isEqualTo(0)
			.jsonPath("$.top_topics[0].topic").isEqualTo("order")
			.jsonPath("$.top_topics[0].messages").isEqualTo(2);
	}

	@Test
	void lateEventsLandOnTheDayTheyHappenedInTheAskedTimezone() {
		String tenant = Events.newTenant();
		threeConversations(tenant).publish();
		await().atMost(PATIENCE).untilAsserted(() -> analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03")
			.expectStatus().isOk().expectBody().jsonPath("$.metrics.total_messages").isEqualTo(8)
			.jsonPath("$.metrics.resolved").isEqualTo(2).jsonPath("$.metrics.customer_satisfaction").isEqualTo(4.0));

		analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03&timezone=Europe/Istanbul").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.period.timezone").isEqualTo("Europe/Istanbul")
			.jsonPath("$.daily_breakdown[0].conversations").isEqualTo(1)
			.jsonPath("$.daily_breakdown[0].resolution_rate").isEqualTo(1.0)
			.jsonPath("$.daily_breakdown[1].conversations").isEqualTo(2)
			.jsonPath("$.metrics.total_conversations").isEqualTo(3);
		// Berlin changes its clocks on 2026-03-29, inside this range: days are still its own (UTC+1 in early March).
		analytics(tenant, "start_date=2026-03-01&end_date=2026-03-31&timezone=Europe/Berlin").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.daily_breakdown.length()").isEqualTo(31)
			.jsonPath("$.daily_breakdown[1].date").isEqualTo("2026-03-02")
			.jsonPath("$.daily_breakdown[1].conversations").isEqualTo(1)
			.jsonPath("$.daily_breakdown[2].conversations").isEqualTo(2)
			.jsonPath("$.metrics.total_conversations").isEqualTo(3);
		// One day only: the edges of the range come from the 15-minute rollup.
		analytics(tenant, "start_date=2026-03-03&end_date=2026-03-03&timezone=Europe/Istanbul").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.metrics.total_conversations").isEqualTo(2)
			.jsonPath("$.by_category.length()").isEqualTo(2)
			.jsonPath("$.escalations_by_reason.negative_sentiment").isEqualTo(1);
	}

	@Test
	void groupingByWeekOrMonthAndChoosingMetricsShapeTheAnswer() {
		String tenant = Events.newTenant();
		threeConversations(tenant).publish();
		await().atMost(PATIENCE).untilAsserted(() -> analytics(tenant, "start_date=2026-03-01&end_date=2026-03-31")
			.expectStatus().isOk().expectBody().jsonPath("$.metrics.total_messages").isEqualTo(8)
			.jsonPath("$.metrics.resolved").isEqualTo(2).jsonPath("$.metrics.customer_satisfaction").isEqualTo(4.0));

		analytics(tenant, "start_date=2026-03-01&end_date=2026-03-31&group_by=month&metrics=conversations,resolution_rate")
			.expectStatus().isOk().expectBody()
			.jsonPath("$.metrics.length()").isEqualTo(2)
			.jsonPath("$.metrics.total_conversations").isEqualTo(3)
			.jsonPath("$.metrics.resolution_rate").isEqualTo(0.33)
			.jsonPath("$.daily_breakdown.length()").isEqualTo(1)
			.jsonPath("$.daily_breakdown[0].date").isEqualTo("2026-03-01")
			.jsonPath("$.daily_breakdown[0].conversations").isEqualTo(3)
			.jsonPath("$.daily_breakdown[0].ai_resolved").doesNotExist()
			.jsonPath("$.by_category").doesNotExist();
		// 2026-03-01 is a Sunday: its week starts on Monday 2026-02-23.
		analytics(tenant, "start_date=2026-03-01&end_date=2026-03-31&group_by=week").expectStatus().isOk().expectBody()
			.jsonPath("$.daily_breakdown.length()").isEqualTo(6)
			.jsonPath("$.daily_breakdown[0].date").isEqualTo("2026-02-23")
			.jsonPath("$.daily_breakdown[0].conversations").isEqualTo(0)
			.jsonPath("$.daily_breakdown[0].resolution_rate").isEmpty()
			.jsonPath("$.daily_breakdown[1].date").isEqualTo("2026-03-02")
			.jsonPath("$.daily_breakdown[1].conversations").isEqualTo(3);
	}

	@Test
	void redeliveredEventsChangeNothingAndOtherTenantsNeverCount() {
		String tenant = Events.newTenant();
		Events events = threeConversations(tenant);
		List<SpecificRecord> all = events.all();
		events.publish();
		await().atMost(PATIENCE).untilAsserted(() -> analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03")
			.expectStatus().isOk().expectBody().jsonPath("$.metrics.total_messages").isEqualTo(8)
			.jsonPath("$.metrics.resolved").isEqualTo(2).jsonPath("$.metrics.customer_satisfaction").isEqualTo(4.0));

		Events.publish(all);
		threeConversations(Events.newTenant()).publish();
		Events marker = new Events(tenant);
		marker.opened("conv-marker", "dave", "webhook", at(D1, "12:00:00"));
		marker.publish();
		await().atMost(PATIENCE).untilAsserted(() -> analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03")
			.expectStatus().isOk().expectBody().jsonPath("$.metrics.total_conversations").isEqualTo(4));
		// Apart from the marker's conversation, nothing moved, and nothing moves later.
		await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> analytics(tenant,
				"start_date=2026-03-02&end_date=2026-03-03").expectBody()
			.jsonPath("$.metrics.total_messages").isEqualTo(8)
			.jsonPath("$.metrics.ai_resolved").isEqualTo(1)
			.jsonPath("$.metrics.escalated").isEqualTo(1)
			.jsonPath("$.metrics.customer_satisfaction").isEqualTo(4.0)
			.jsonPath("$.metrics.avg_response_time").isEqualTo(5.33)
			.jsonPath("$.daily_breakdown[0].conversations").isEqualTo(3)
			.jsonPath("$.daily_breakdown[1].conversations").isEqualTo(1)
			.jsonPath("$.top_topics[0].messages").isEqualTo(2));
	}

	@Test
	void invalidDatesRangesAndOptionsAreRefusedInTheErrorShape() {
		String tenant = Events.newTenant();
		for (String query : List.of("end_date=2026-01-12", "start_date=2026-01-01", "start_date=2026-13-01&end_date=2026-12-31",
				"start_date=yesterday&end_date=2026-01-12", "start_date=2026-01-12&end_date=2026-01-01",
				"start_date=2024-01-01&end_date=2026-01-01", "start_date=2026-01-01&end_date=2026-01-12&group_by=hour",
				"start_date=2026-01-01&end_date=2026-01-12&timezone=Mars/Olympus",
				"start_date=2026-01-01&end_date=2026-01-12&metrics=conversations,happiness")) {
			analytics(tenant, query).expectStatus().isBadRequest().expectBody()
				.jsonPath("$.error.code").isEqualTo("invalid_request")
				.jsonPath("$.error.message").isNotEmpty()
				.jsonPath("$.error.details").isNotEmpty()
				.jsonPath("$.error.request_id").isNotEmpty();
		}
		web.get().uri("/api/v1/analytics/conversations.csv?start_date=2026-01-12&end_date=2026-01-01")
			.header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isBadRequest();
	}

	@Test
	void theBreakdownAndEveryConversationExportAsCsv() {
		String tenant = Events.newTenant();
		threeConversations(tenant).publish();
		await().atMost(PATIENCE).untilAsserted(() -> analytics(tenant, "start_date=2026-03-02&end_date=2026-03-03")
			.expectStatus().isOk().expectBody().jsonPath("$.metrics.total_messages").isEqualTo(8)
			.jsonPath("$.metrics.resolved").isEqualTo(2).jsonPath("$.metrics.customer_satisfaction").isEqualTo(4.0));

		String breakdown = csv(tenant, "/api/v1/analytics/breakdown.csv?start_date=2026-03-02&end_date=2026-03-03");
		List<String> lines = breakdown.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("date,conversations,ai_resolved,escalated,resolution_rate");
		assertThat(lines.get(1)).startsWith("2026-03-02,2,1,0,0.5,");
		assertThat(lines.get(2)).startsWith("2026-03-03,1,0,1,0.0,");

		String conversations = csv(tenant, "/api/v1/analytics/conversations.csv?start_date=2026-03-02&end_date=2026-03-03");
		List<String> rows = conversations.lines().toList();
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).startsWith("conversation_id,user_id,channel,started_at,category,agent_id");
		assertThat(rows.get(1)).startsWith("conv-a,alice,whatsapp,2026-03-02T10:00:00Z,support,bot-1,4,2,4.0,3.0,false,");
		assertThat(rows.get(2)).startsWith("conv-c,carol,webhook,2026-03-02T23:30:00Z,general,,1,1,,,false,");
		assertThat(rows.get(3)).startsWith("conv-b,bob,webhook,2026-03-03T09:00:00Z,complaint,agent-7,3,1,10.0,10.0,true,"
				+ "2026-03-03T09:02:00Z,negative_sentiment,true,2026-03-03T09:30:00Z,agent,,false,1800.0,,3.0");
	}

	private String csv(String tenant, String uri) {
		return web.get().uri(uri).header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/csv")
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private WebTestClient.ResponseSpec analytics(String tenant, String query) {
		return web.get().uri("/api/v1/analytics?" + query).header(TrustedHeaders.TENANT_ID, tenant).exchange();
	}
}
