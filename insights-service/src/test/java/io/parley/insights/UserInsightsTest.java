package io.parley.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.parley.events.ConfidenceLevel;
import io.parley.events.FactChange;
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
class UserInsightsTest {

	static final Duration PATIENCE = Duration.ofSeconds(40);
	static final Instant T = Instant.parse("2026-02-10T14:00:00Z");

	@Autowired
	WebTestClient web;

	static Events jazzFan(String tenant) {
		Events e = new Events(tenant);
		MessageReceived m1 = e.message("c-1", "user123", MessageRole.USER, "I love jazz music", T);
		e.message("c-1", "user123", MessageRole.ASSISTANT, "Nice!", T.plusSeconds(2));
		MessageReceived m2 = e.message("c-1", "user123", MessageRole.USER, "Miles Davis is my favourite",
				T.plusSeconds(60));
		MessageReceived m3 = e.message("c-2", "user123", MessageRole.USER, "Any jazz concerts this weekend?",
				T.plus(Duration.ofDays(1)).plusSeconds(3600));
		e.analyzed(m1, MessageCategory.GENERAL, SentimentLabel.POSITIVE, 0.8, 2, PriorityLevel.LOW, List.of("music", "jazz"));
		e.analyzed(m2, MessageCategory.GENERAL, SentimentLabel.POSITIVE, 0.6, 2, PriorityLevel.LOW, List.of("music", "jazz"));
		e.analyzed(m3, MessageCategory.INQUIRY, SentimentLabel.NEUTRAL, 0.1, 3, PriorityLevel.NORMAL, List.of("jazz", "events"));
		e.fact("user123", "f-music", FactChange.ADDED, "interests", "interest_music", "Shows interest in jazz music",
				ConfidenceLevel.MEDIUM, 0.6, 2, T.plusSeconds(61));
		e.fact("user123", "f-music", FactChange.REINFORCED, "interests", "interest_music",
				"Shows strong interest in jazz music", ConfidenceLevel.HIGH, 0.9, 5, T.plus(Duration.ofDays(1)));
		// An older description of the same fact, arriving late: it must not win.
		e.fact("user123", "f-music", FactChange.UPDATED, "interests", "interest_music", "Likes some music",
				ConfidenceLevel.LOW, 0.3, 1, T);
		e.fact("user123", "f-style", FactChange.ADDED, "behavior", "response_style", "Prefers detailed responses",
				ConfidenceLevel.LOW, 0.35, 1, T.plusSeconds(62));
		e.fact("user123", "f-city", FactChange.ADDED, "personal", "city", "Lives in Izmir", ConfidenceLevel.HIGH, 0.8,
				2, T.plusSeconds(63));
		e.fact("user123", "f-city", FactChange.INVALIDATED, "personal", "city", "Lives in Izmir", ConfidenceLevel.HIGH,
				0.8, 2, T.plusSeconds(64));
		return e;
	}

	@Test
	void theSeedsInsightsShapeWithFactsInteractionsAnalyticsAndSuggestions() {
		String tenant = Events.newTenant();
		jazzFan(tenant).publish();

		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "user123", "").expectStatus().isOk().expectBody()
			.jsonPath("$.facts.length()").isEqualTo(2)
			.jsonPath("$.analytics.avg_sentiment").isEqualTo(0.5)
			.jsonPath("$.recent_interactions[0].sentiment").isEqualTo(0.1));

		insights(tenant, "user123", "").expectBody()
			.jsonPath("$.user_id").isEqualTo("user123")
			.jsonPath("$.username").isEqualTo("user123")
			.jsonPath("$.facts[0].category").isEqualTo("interests")
			.jsonPath("$.facts[0].type").isEqualTo("topic_interest")
			.jsonPath("$.facts[0].key").isEqualTo("interest_music")
			.jsonPath("$.facts[0].value").isEqualTo("Shows strong interest in jazz music")
			.jsonPath("$.facts[0].confidence").isEqualTo("high")
			.jsonPath("$.facts[0].evidence_count").isEqualTo(5)
			.jsonPath("$.facts[0].last_updated").isEqualTo("2026-02-11T14:00:00Z")
			.jsonPath("$.facts[1].key").isEqualTo("response_style")
			.jsonPath("$.recent_interactions.length()").isEqualTo(3)
			.jsonPath("$.recent_interactions[0].content").isEqualTo("Any jazz concerts this weekend?")
			.jsonPath("$.recent_interactions[0].type").isEqualTo("message")
			.jsonPath("$.recent_interactions[0].topics").isEqualTo(List.of("jazz", "events"))
			.jsonPath("$.recent_interactions[0].timestamp").isEqualTo("2026-02-11T15:00:00Z")
			.jsonPath("$.recent_interactions[2].content").isEqualTo("I love jazz music")
			.jsonPath("$.analytics.total_interactions").isEqualTo(3)
			.jsonPath("$.analytics.most_active_hour").isEqualTo(14)
			.jsonPath("$.suggestions[0]").isEqualTo("User shows strong interest in jazz music")
			.jsonPath("$.suggestions[1]").isEqualTo("User prefers detailed responses")
			.jsonPath("$.suggestions").value(List.class, s -> org.assertj.core.api.Assertions.assertThat((List<Object>) s)
				.contains("User is generally positive; a friendly, upbeat tone fits", "User often talks about jazz"));
	}

	@Test
	void categoriesConfidenceLimitAndTimezoneFilterTheAnswer() {
		String tenant = Events.newTenant();
		jazzFan(tenant).publish();
		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "user123", "").expectStatus().isOk().expectBody()
			.jsonPath("$.facts.length()").isEqualTo(2).jsonPath("$.analytics.avg_sentiment").isEqualTo(0.5));

		insights(tenant, "user123", "categories=interests,behavior&confidence=medium").expectBody()
			.jsonPath("$.facts.length()").isEqualTo(1)
			.jsonPath("$.facts[0].key").isEqualTo("interest_music");
		insights(tenant, "user123", "categories=behavior").expectBody()
			.jsonPath("$.facts.length()").isEqualTo(1)
			.jsonPath("$.facts[0].key").isEqualTo("response_style");
		insights(tenant, "user123", "limit=1").expectBody().jsonPath("$.facts.length()").isEqualTo(1);
		insights(tenant, "user123", "timezone=Europe/Istanbul").expectBody()
			.jsonPath("$.analytics.most_active_hour").isEqualTo(17);
		for (String bad : List.of("limit=0", "limit=ten", "confidence=certain", "timezone=Nowhere/Land")) {
			insights(tenant, "user123", bad).expectStatus().isBadRequest().expectBody()
				.jsonPath("$.error.code").isEqualTo("invalid_request")
				.jsonPath("$.error.request_id").isNotEmpty();
		}
	}

	@Test
	void aUserNeverSeenIsNotFoundInTheErrorShapeAndUsersAreSeparatedByTenant() {
		String tenant = Events.newTenant();
		jazzFan(tenant).publish();
		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "user123", "").expectStatus().isOk());

		insights(tenant, "nobody", "").expectStatus().isNotFound().expectBody()
			.jsonPath("$.error.code").isEqualTo("not_found")
			.jsonPath("$.error.message").isEqualTo("User nobody not found: users appear after their first interaction is logged");
		insights(Events.newTenant(), "user123", "").expectStatus().isNotFound();
	}

	@Test
	void aUserKnownOnlyFromLearnedFactsHasInsights() {
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		e.fact("quiet", "f-1", FactChange.ADDED, "preferences", "language", "Prefers Turkish", ConfidenceLevel.HIGH,
				0.9, 3, T);
		e.publish();
		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "quiet", "").expectStatus().isOk().expectBody()
			.jsonPath("$.facts[0].value").isEqualTo("Prefers Turkish")
			.jsonPath("$.recent_interactions.length()").isEqualTo(0)
			.jsonPath("$.analytics.total_interactions").isEqualTo(0)
			.jsonPath("$.suggestions[0]").isEqualTo("User prefers Turkish"));
	}

	@Test
	void anErasedUserKeepsNoFactsEvenWhenAnOlderFactArrivesAfterTheErasure() {
		String tenant = Events.newTenant();
		Events e = jazzFan(tenant);
		e.fact("user123", "*", FactChange.ERASED, "*", "*", "", ConfidenceLevel.LOW, 0, 0, T.plus(Duration.ofDays(2)));
		e.publish();
		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "user123", "").expectStatus().isOk().expectBody()
			.jsonPath("$.facts.length()").isEqualTo(0)
			.jsonPath("$.analytics.total_interactions").isEqualTo(3));
		Events late = new Events(tenant);
		late.fact("user123", "f-late", FactChange.ADDED, "interests", "interest_late", "Shows interest in opera",
				ConfidenceLevel.HIGH, 0.9, 2, T.plus(Duration.ofDays(1)));
		late.fact("user123", "f-new", FactChange.ADDED, "interests", "interest_new", "Shows interest in blues",
				ConfidenceLevel.HIGH, 0.9, 2, T.plus(Duration.ofDays(3)));
		late.publish();
		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "user123", "").expectBody()
			.jsonPath("$.facts.length()").isEqualTo(1)
			.jsonPath("$.facts[0].value").isEqualTo("Shows interest in blues"));
		insights(tenant, "user123", "").expectBody().jsonPath("$.suggestions[0]").isEqualTo("User shows interest in blues");
	}

	@Test
	void givenTwoUsersOfOneTenantErased_whenAnOlderFactOfTheFirstArrivesLate_thenBothKeepNoFacts() {
		String tenant = Events.newTenant();
		Events e = new Events(tenant);
		e.message("c-a", "ada", MessageRole.USER, "I love chess", T);
		e.message("c-b", "bob", MessageRole.USER, "I love golf", T);
		e.fact("ada", "f-ada", FactChange.ADDED, "interests", "interest_chess", "Shows interest in chess",
				ConfidenceLevel.HIGH, 0.9, 2, T.plusSeconds(1));
		e.fact("bob", "f-bob", FactChange.ADDED, "interests", "interest_golf", "Shows interest in golf",
				ConfidenceLevel.HIGH, 0.9, 2, T.plusSeconds(1));
		e.fact("ada", "*", FactChange.ERASED, "*", "*", "", ConfidenceLevel.LOW, 0, 0, T.plus(Duration.ofDays(1)));
		e.fact("bob", "*", FactChange.ERASED, "*", "*", "", ConfidenceLevel.LOW, 0, 0, T.plus(Duration.ofDays(1)));
		e.publish();
		await().atMost(PATIENCE).untilAsserted(() -> {
			insights(tenant, "ada", "").expectBody().jsonPath("$.facts.length()").isEqualTo(0);
			insights(tenant, "bob", "").expectBody().jsonPath("$.facts.length()").isEqualTo(0);
		});

		Events late = new Events(tenant);
		late.fact("ada", "f-ada-late", FactChange.ADDED, "interests", "interest_opera", "Shows interest in opera",
				ConfidenceLevel.HIGH, 0.9, 2, T.plusSeconds(2));
		late.message("c-a", "ada", MessageRole.USER, "still here", T.plus(Duration.ofDays(2)));
		late.publish();

		await().atMost(PATIENCE).untilAsserted(() -> insights(tenant, "ada", "").expectBody()
			.jsonPath("$.analytics.total_interactions").isEqualTo(2));
		insights(tenant, "ada", "").expectBody().jsonPath("$.facts.length()").isEqualTo(0);
		insights(tenant, "bob", "").expectBody().jsonPath("$.facts.length()").isEqualTo(0);
	}

	private WebTestClient.ResponseSpec insights(String tenant, String user, String query) {
		return web.get().uri("/webhook/chat/insights/" + user + "?" + query).header(TrustedHeaders.TENANT_ID, tenant)
			.exchange();
	}
}
