package io.parley.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.parley.events.AgentKind;
import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PriorityLevel;
import io.parley.events.SentimentLabel;
import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

@ParleyServiceTest
class StatsTest {

	@Autowired
	WebTestClient web;

	@Test
	void statsCountTheLast24HoursByCategoryPriorityUrgencyAndAgent() {
		String tenant = Events.newTenant();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Events e = new Events(tenant);
		Instant recent = now.minus(Duration.ofHours(1));
		MessageReceived m1 = e.message("s-1", "+905551234567", MessageRole.USER, "Frenim çalışmıyor", recent);
		MessageReceived m2 = e.message("s-1", "+905551234567", MessageRole.USER, "Acil lütfen", recent.plusSeconds(30));
		e.message("s-1", "+905551234567", MessageRole.ASSISTANT, "Bakıyoruz", recent.plusSeconds(40));
		MessageReceived m3 = e.message("s-2", "+905559999999", MessageRole.USER, "Fiyat nedir?", recent.plusSeconds(60));
		e.analyzed(m1, MessageCategory.SUPPORT, SentimentLabel.NEGATIVE, -0.6, 7, PriorityLevel.HIGH, List.of("brakes"));
		e.analyzed(m2, MessageCategory.SUPPORT, SentimentLabel.URGENT, -0.4, 9, PriorityLevel.CRITICAL, List.of("brakes"));
		e.analyzed(m3, MessageCategory.SALES, SentimentLabel.NEUTRAL, 0.0, 2, PriorityLevel.LOW, List.of("price"));
		e.routed("s-1", "+905551234567", "business_workflow", AgentKind.EXTERNAL, recent.plusSeconds(1));
		e.routed("s-2", "+905559999999", "general_purpose", AgentKind.EXTERNAL, recent.plusSeconds(61));
		e.escalated("s-1", "+905551234567", "high_urgency", null, recent.plusSeconds(31));
		// Older than 24 hours: not counted.
		MessageReceived old = e.message("s-3", "+905550000000", MessageRole.USER, "Eski mesaj", now.minus(Duration.ofHours(30)));
		e.analyzed(old, MessageCategory.COMPLAINT, SentimentLabel.NEGATIVE, -0.9, 10, PriorityLevel.CRITICAL, List.of());
		e.publish();

		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> stats(tenant).expectStatus().isOk().expectBody()
			.jsonPath("$.analysed_messages").isEqualTo(3)
			.jsonPath("$.routing_by_agent.general_purpose").isEqualTo(1)
			.jsonPath("$.escalations_by_reason.high_urgency").isEqualTo(1));

		stats(tenant).expectBody()
			.jsonPath("$.period.hours").isEqualTo(24)
			.jsonPath("$.total_messages").isEqualTo(4)
			.jsonPath("$.customer_messages").isEqualTo(3)
			.jsonPath("$.by_category.support").isEqualTo(2)
			.jsonPath("$.by_category.sales").isEqualTo(1)
			.jsonPath("$.by_category.complaint").isEqualTo(0)
			.jsonPath("$.by_priority.critical").isEqualTo(1)
			.jsonPath("$.by_priority.high").isEqualTo(1)
			.jsonPath("$.by_priority.low").isEqualTo(1)
			.jsonPath("$.by_sentiment.urgent").isEqualTo(1)
			.jsonPath("$.action_required").isEqualTo(2)
			.jsonPath("$.average_urgency").isEqualTo(6.0)
			.jsonPath("$.conversations_started").isEqualTo(2)
			.jsonPath("$.escalated").isEqualTo(1)
			.jsonPath("$.routing_by_agent.business_workflow").isEqualTo(1);
		stats(Events.newTenant()).expectStatus().isOk().expectBody().jsonPath("$.total_messages").isEqualTo(0);
	}

	private WebTestClient.ResponseSpec stats(String tenant) {
		return web.get().uri("/stats").header(TrustedHeaders.TENANT_ID, tenant).exchange();
	}
}
