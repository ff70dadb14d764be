package io.parley.learning;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.parley.events.FactChange;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PlatformEvent;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.events.UserFactChanged;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** From users' messages on conversation.messages to their stored, published and queryable facts. */
@ParleyServiceTest
@TestPropertySource(properties = "parley.learning.tenant-categories=tenant-bikes:cycling=bike|biking|bicycle|cycling")
class LearningFlowTest {

	private static final Duration PATIENCE = Duration.ofSeconds(40);
	/** Every category but behavior, which five messages of a user add by themselves. */
	private static final String STATED = "personal,interests,preferences,professional,goals,communication,constraints";

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void aStatementBecomesFactsWithTheirEvidenceStoredAndPublishedOnce() {
		String user = user();
		MessageReceived message = message("tenant-a", user, "Hi! My name is Laura and I love jazz.");

		publish(message);
		publish(message);

		List<Map<String, Object>> facts = awaitFacts("tenant-a", user, "", list -> list.size() >= 2);
		assertThat(facts).extracting(f -> f.get("key")).containsExactlyInAnyOrder("name", "interest_jazz");
		Map<String, Object> name = byKey(facts, "name");
		assertThat(name.get("category")).isEqualTo("personal");
		assertThat(name.get("value")).isEqualTo("Name is Laura");
		assertThat(name.get("structured_value")).isEqualTo(Map.of("name", "Laura"));
		assertThat(name.get("evidence_count")).isEqualTo(1);
		assertThat(name.get("evidence_message_ids")).isEqualTo(List.of(message.getMessageId()));
		assertThat(name.get("confidence")).isEqualTo("high");
		assertThat((Double) name.get("confidence_score")).isGreaterThanOrEqualTo(0.8);
		assertThat(name.get("first_seen")).isEqualTo(message.getSentAt().toString());
		assertThat(name.get("valid_from")).isEqualTo(message.getSentAt().toString());
		assertThat(name.get("invalid_from")).isNull();
		assertThat(name.keySet()).contains("type", "last_updated", "status", "extractor");

		List<UserFactChanged> changes = await().atMost(PATIENCE).until(() -> factEvents("tenant-a", user),
				events -> events.size() >= 2);
		assertThat(changes).extracting(UserFactChanged::getChange).containsOnly(FactChange.ADDED);
		assertThat(changes).extracting(UserFactChanged::getKey).containsExactlyInAnyOrder("name", "interest_jazz");
		assertThat(changes).allSatisfy(change -> assertThat(change.getEvidenceMessageIds())
			.containsExactly(message.getMessageId()));
		assertThat(partnerEvents(user)).extracting(PlatformEvent::getType)
			.containsExactly("user.fact_learned", "user.fact_learned");
		assertThat(rows("SELECT COUNT(*) FROM user_facts WHERE user_id = ?", user)).isEqualTo(2);
	}

	@Test
	void theSameFactInOtherWordsIsReinforcedNotDuplicated() {
		String user = user();
		MessageReceived first = message("tenant-a", user, "I love playing the guitar.");
		// A second later, so the evidence's order does not hang on both being made within one millisecond.
		MessageReceived second = message("tenant-a", user, MessageRole.USER,
				"Honestly I really enjoy playing guitar on weekends", false, first.getSentAt().plusSeconds(1));

		publish(first);
		awaitFacts("tenant-a", user, "", list -> list.size() == 1);
		publish(second);

		List<Map<String, Object>> facts = awaitFacts("tenant-a", user, "",
				list -> list.size() == 1 && Integer.valueOf(2).equals(list.get(0).get("evidence_count")));
		Map<String, Object> interest = facts.get(0);
		assertThat(interest.get("category")).isEqualTo("interests");
		assertThat(interest.get("evidence_message_ids")).isEqualTo(List.of(first.getMessageId(), second.getMessageId()));
		assertThat(interest.get("confidence")).isEqualTo("high");
		assertThat(interest.get("first_seen")).isEqualTo(first.getSentAt().toString());
		assertThat(await().atMost(PATIENCE).until(() -> factEvents("tenant-a", user), events -> events.size() >= 2))
			.extracting(UserFactChanged::getChange).containsExactly(FactChange.ADDED, FactChange.REINFORCED);
	}

	@Test
	void aContradictionInvalidatesTheOldFactKeepsItAsHistoryAndPublishesBothChanges() {
		String user = user();
		MessageReceived paris = message("tenant-a", user, "I live in Paris, so shipping should be quick.");
		MessageReceived berlin = message("tenant-a", user, "Good news: I moved to Berlin last month!");

		publish(paris);
		awaitFacts("tenant-a", user, "", list -> list.size() == 1);
		publish(berlin);

		List<Map<String, Object>> current = awaitFacts("tenant-a", user, "",
				list -> list.size() == 1 && "Lives in Berlin".equals(list.get(0).get("value")));
		Map<String, Object> now = current.get(0);
		assertThat(now.get("key")).isEqualTo("location");
		assertThat(now.get("valid_from")).isEqualTo(berlin.getSentAt().toString());

		Map<String, Object> body = get("tenant-a", "/api/v1/users/" + user + "/facts?include_history=true");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> history = (List<Map<String, Object>>) body.get("history");
		assertThat(history).singleElement().satisfies(old -> {
			assertThat(old.get("value")).isEqualTo("Lives in Paris");
			assertThat(old.get("status")).isEqualTo("invalidated");
			assertThat(old.get("invalid_from")).isEqualTo(berlin.getSentAt().toString());
			assertThat(old.get("replaced_by")).isEqualTo(now.get("fact_id"));
			assertThat(old.get("evidence_message_ids")).isEqualTo(List.of(paris.getMessageId()));
		});

		List<UserFactChanged> changes = await().atMost(PATIENCE).until(() -> factEvents("tenant-a", user),
				events -> events.size() >= 3);
		assertThat(changes).extracting(UserFactChanged::getChange)
			.containsExactly(FactChange.ADDED, FactChange.INVALIDATED, FactChange.ADDED);
		assertThat(changes.get(1).getReplacedByFactId()).isEqualTo(changes.get(2).getFactId());
		assertThat(changes.get(1).getInvalidFrom()).isEqualTo(berlin.getSentAt());
	}

	@Test
	void botTurnsReplayedHistoryQuestionsHypotheticalsAndOtherPeopleTeachNothing() {
		String user = user();
		publish(message("tenant-a", user, MessageRole.ASSISTANT, "I love jazz and I live in Rome.", false));
		publish(message("tenant-a", user, MessageRole.USER, "I work as a pilot.", true));
		publish(message("tenant-a", user, "My brother loves jazz."));
		publish(message("tenant-a", user, "Do you like hiking?"));
		publish(message("tenant-a", user, "If I lived in Madrid I would eat tapas every day."));
		publish(message("tenant-a", user, "I don't speak Italian at all."));
		publish(message("tenant-a", user, "My name is Zed."));

		List<Map<String, Object>> facts = awaitFacts("tenant-a", user, "?categories=" + STATED, list -> !list.isEmpty());
		assertThat(facts).extracting(f -> f.get("value")).containsExactly("Name is Zed");
	}

	@Test
	void behaviorComesFromTheStreamItselfAndSentimentFromTheAnalyses() {
		String user = user();
		Instant two = Instant.parse("2026-03-02T14:05:00Z");
		publish(message("tenant-a", user, MessageRole.USER, "Hello there", false, two));
		publish(message("tenant-a", user, MessageRole.USER, "Where is my parcel?", false, two.plusSeconds(600)));
		publish(message("tenant-a", user, MessageRole.USER, "Thanks a lot", false, two.plusSeconds(1200)));
		publish(message("tenant-a", user, MessageRole.USER, "ok", false, two.plusSeconds(1300)));
		publish(message("tenant-a", user, MessageRole.USER, "Great, bye", false, Instant.parse("2026-03-03T09:00:00Z")));
		double[] scores = { -0.8, -0.6, 0.5, 0.7 };
		for (double score : scores) {
			TopicProbe.publish(Topic.MESSAGE_ANALYSES.topicName(), "c-" + user, analysis("tenant-a", user, score));
		}

		List<Map<String, Object>> behavior = awaitFacts("tenant-a", user, "?categories=behaviour",
				list -> list.size() == 4);
		assertThat(byKey(behavior, "most_active_hour").get("value")).isEqualTo("Most active around 14:00 UTC");
		assertThat(byKey(behavior, "most_active_hour").get("structured_value")).isEqualTo(
				Map.of("hour", 14, "messages_in_hour", 4, "messages", 5));
		assertThat((String) byKey(behavior, "average_message_length").get("value")).startsWith("Writes short messages");
		assertThat(byKey(behavior, "preferred_channel").get("value")).isEqualTo("Mostly writes through webhook");
		assertThat((String) byKey(behavior, "sentiment_trend").get("value")).startsWith("Sentiment is improving");
		assertThat(byKey(behavior, "most_active_hour").get("evidence_count")).isEqualTo(5);
		assertThat(byKey(behavior, "sentiment_trend").get("evidence_count")).isEqualTo(4);
		assertThat(byKey(behavior, "sentiment_trend").get("structured_value")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("trend", "improving");
	}

	@Test
	void theContextListsTheMostUsefulValidFactsInOrderWithinTheSizeLimit() {
		String user = user();
		publish(message("tenant-a", user, "I love sailing."));
		publish(message("tenant-a", user, "I'm allergic to peanuts."));
		publish(message("tenant-a", user, "My name is Ana."));
		publish(message("tenant-a", user, "I think maybe I kind of like opera."));
		awaitFacts("tenant-a", user, "", list -> list.size() == 4);

		Map<String, Object> context = get("tenant-a", "/api/v1/users/" + user + "/context");
		assertThat(context.get("context")).isEqualTo("""
				What we know about this user (most useful first):
				- Name is Ana.
				- Is allergic to peanuts.
				- Loves sailing.""");
		assertThat(context.get("facts_used")).isEqualTo(3);

		Map<String, Object> cut = get("tenant-a", "/api/v1/users/" + user + "/context?max_chars=100");
		assertThat((String) cut.get("context")).hasSizeLessThanOrEqualTo(100).endsWith(".")
			.isEqualTo(((String) context.get("context")).substring(0, ((String) cut.get("context")).length()));
		assertThat((Integer) cut.get("facts_used")).isBetween(1, 2);
	}

	@Test
	void factsAreFilteredByCategoryMinimumConfidenceAndLimit() {
		String user = user();
		publish(message("tenant-a", user, "I love sailing. I like chess. I'm allergic to cats. I think I sort of like opera."));
		awaitFacts("tenant-a", user, "", list -> list.size() == 4);

		assertThat(facts("tenant-a", user, "?categories=interests")).extracting(f -> f.get("category"))
			.containsOnly("interests").hasSize(3);
		assertThat(facts("tenant-a", user, "?confidence=medium")).extracting(f -> f.get("key"))
			.doesNotContain("interest_opera").hasSize(3);
		assertThat(facts("tenant-a", user, "?confidence=high")).extracting(f -> f.get("key"))
			.containsExactly("allergy_cats");
		assertThat(facts("tenant-a", user, "?limit=2")).hasSize(2).first()
			.satisfies(f -> assertThat(f.get("key")).isEqualTo("allergy_cats"));
		assertThat(get("tenant-a", "/api/v1/users/" + user + "/facts?limit=2").get("total_facts")).isEqualTo(4);
	}

	@Test
	void aTenantsOwnCategoryCollectsTheFactsAboutItsKeywords() {
		String user = user();
		publish(message("tenant-bikes", user, "I love mountain biking and jazz."));

		List<Map<String, Object>> facts = awaitFacts("tenant-bikes", user, "", list -> list.size() == 2);
		assertThat(facts).extracting(f -> f.get("category")).containsExactlyInAnyOrder("cycling", "interests");
		assertThat(facts("tenant-bikes", user, "?categories=cycling")).extracting(f -> f.get("value"))
			.containsExactly("Loves mountain biking");
	}

	@Test
	void badQueriesAreRefusedWithFourHundredInTheErrorShape() {
		String user = user();
		publish(message("tenant-a", user, "My name is Bea."));
		awaitFacts("tenant-a", user, "", list -> !list.isEmpty());

		for (String query : List.of("?limit=0", "?limit=101", "?limit=ten", "?confidence=certain",
				"?include_history=maybe", "?categories=Not%20a%20category!")) {
			web.get().uri("/api/v1/users/" + user + "/facts" + query).header(TrustedHeaders.TENANT_ID, "tenant-a")
				.exchange().expectStatus().isBadRequest()
				.expectBody().jsonPath("$.error.code").isEqualTo("invalid_request")
				.jsonPath("$.error.details.fields[0].field").isNotEmpty()
				.jsonPath("$.error.request_id").isNotEmpty();
		}
		web.get().uri("/api/v1/users/" + user + "/context?max_chars=5").header(TrustedHeaders.TENANT_ID, "tenant-a")
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error.details.fields[0].field")
			.isEqualTo("max_chars");
		web.get().uri("/api/v1/users/{id}/facts", "bad id!").header(TrustedHeaders.TENANT_ID, "tenant-a")
			.exchange().expectStatus().isBadRequest();
		long before = TopicProbe.committedRecordCount(Topic.USER_FACTS.topicName());
		web.delete().uri("/api/v1/users/{id}", "bad id!").header(TrustedHeaders.TENANT_ID, "tenant-a")
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
		assertThat(TopicProbe.committedRecordCount(Topic.USER_FACTS.topicName())).isEqualTo(before);
		assertThat(rows("SELECT COUNT(*) FROM user_erasures WHERE user_id = ?", "bad id!")).isZero();
	}

	@Test
	void aUserIsUnknownToOtherTenantsAndUnknownUsersAreNotFound() {
		String user = user();
		publish(message("tenant-a", user, "My name is Cleo."));
		awaitFacts("tenant-a", user, "", list -> !list.isEmpty());

		for (String path : List.of("/facts", "/context")) {
			web.get().uri("/api/v1/users/" + user + path).header(TrustedHeaders.TENANT_ID, "tenant-b").exchange()
				.expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
		}
		web.get().uri("/api/v1/users/nobody-" + user + "/facts").header(TrustedHeaders.TENANT_ID, "tenant-a").exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void erasureForgetsEverythingPublishesItAndRefusesToRelearnFromOlderEvents() {
		String user = user();
		MessageReceived before = message("tenant-a", user, "My name is Dora and I live in Oslo.");
		publish(before);
		awaitFacts("tenant-a", user, "", list -> list.size() == 2);

		web.delete().uri("/api/v1/users/{id}", user).header(TrustedHeaders.TENANT_ID, "tenant-a").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.user_id").isEqualTo(user)
			.jsonPath("$.erased").isEqualTo(true)
			.jsonPath("$.facts_erased").isEqualTo(2);

		web.get().uri("/api/v1/users/" + user + "/facts").header(TrustedHeaders.TENANT_ID, "tenant-a").exchange()
			.expectStatus().isNotFound();
		assertThat(rows("SELECT COUNT(*) FROM fact_evidence e WHERE e.message_id = ?", before.getMessageId())).isZero();
		assertThat(await().atMost(PATIENCE).until(() -> factEvents("tenant-a", user),
				events -> events.stream().anyMatch(e -> e.getChange() == FactChange.ERASED)))
			.filteredOn(e -> e.getChange() == FactChange.ERASED).singleElement()
			.satisfies(e -> assertThat(e.getFactId()).isEqualTo("*"));
		assertThat(partnerEvents(user)).extracting(PlatformEvent::getType).contains("user.erased");

		// A replay delivers an event from before the erasure (not yet processed), then a new message arrives.
		MessageReceived replayed = MessageReceived.newBuilder(message("tenant-a", user, "I work as a baker."))
			.setOccurredAt(before.getOccurredAt()).build();
		MessageReceived after = MessageReceived.newBuilder(message("tenant-a", user, "I'm allergic to kiwi."))
			.setOccurredAt(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS)).build();
		publish(replayed);
		publish(after);

		List<Map<String, Object>> facts = awaitFacts("tenant-a", user, "", list -> !list.isEmpty());
		assertThat(facts).extracting(f -> f.get("value")).containsExactly("Is allergic to kiwi");

		// A late analysis of a message written before the erasure is refused as well.
		MessageAnalyzed late = MessageAnalyzed.newBuilder(analysis("tenant-a", user, -0.9))
			.setOccurredAt(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS))
			.setMessageSentAt(before.getSentAt()).build();
		TopicProbe.publish(Topic.MESSAGE_ANALYSES.topicName(), "c-" + user, late);
		await().atMost(PATIENCE).until(() -> rows("SELECT COUNT(*) FROM processed_events WHERE event_id = ?",
				late.getEventId()) == 1);
		assertThat(database.jdbcClient().sql("SELECT sentiments FROM user_activity WHERE user_id = ?").param(user)
			.query(String.class).single()).isEqualTo("[]");
	}

	@Test
	void aRecordThatIsNotAnEventGoesToTheDeadLetterTopic() {
		String key = "poison-" + UUID.randomUUID();
		TopicProbe.writeRaw(Topic.CONVERSATION_MESSAGES.topicName(), key, "not avro".getBytes());

		await().atMost(PATIENCE).until(() -> TopicProbe.readAllLenient(
				Topic.deadLetterTopic(Topic.CONVERSATION_MESSAGES.topicName(), "learning-service"),
				record -> key.equals(record.key())), records -> records.size() == 1);
	}

	// ------------------------------------------------------------------ helpers

	private static String user() {
		return "u-" + UUID.randomUUID().toString().substring(0, 12);
	}

	private List<Map<String, Object>> awaitFacts(String tenant, String user, String query,
			Predicate<List<Map<String, Object>>> done) {
		return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
			var result = web.get().uri("/api/v1/users/" + user + "/facts" + query).header(TrustedHeaders.TENANT_ID, tenant)
				.exchange().returnResult(Map.class);
			if (result.getStatus().value() != 200) {
				return List.<Map<String, Object>>of();
			}
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> facts = (List<Map<String, Object>>) result.getResponseBody().blockFirst().get("facts");
			return facts;
		}, facts -> !facts.isEmpty() && done.test(facts));
	}

	private List<Map<String, Object>> facts(String tenant, String user, String query) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> facts = (List<Map<String, Object>>) get(tenant, "/api/v1/users/" + user + "/facts" + query)
			.get("facts");
		return facts;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String tenant, String path) {
		return web.get().uri(path).header(TrustedHeaders.TENANT_ID, tenant).exchange().expectStatus().isOk()
			.returnResult(Map.class).getResponseBody().blockFirst();
	}

	private static Map<String, Object> byKey(List<Map<String, Object>> facts, String key) {
		return facts.stream().filter(f -> key.equals(f.get("key"))).findFirst().orElseThrow();
	}

	private long rows(String sql, String param) {
		return database.jdbcClient().sql(sql).param(param).query(Long.class).single();
	}

	private static List<UserFactChanged> factEvents(String tenant, String user) {
		return TopicProbe.readAll(Topic.USER_FACTS.topicName(), record -> user.equals(record.key())).stream()
			.map(record -> (UserFactChanged) record.value()).filter(e -> tenant.equals(e.getTenantId())).toList();
	}

	private static List<PlatformEvent> partnerEvents(String user) {
		return TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(), record -> user.equals(record.key())).stream()
			.map(record -> (PlatformEvent) record.value()).toList();
	}

	private static void publish(MessageReceived message) {
		TopicProbe.publish(Topic.CONVERSATION_MESSAGES.topicName(), message.getConversationId(), message);
	}

	static MessageReceived message(String tenant, String user, String text) {
		return message(tenant, user, MessageRole.USER, text, false);
	}

	static MessageReceived message(String tenant, String user, MessageRole role, String text, boolean historical) {
		return message(tenant, user, role, text, historical, Instant.now());
	}

	static MessageReceived message(String tenant, String user, MessageRole role, String text, boolean historical,
			Instant sentAt) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return MessageReceived.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenant)
			.setOccurredAt(now)
			.setConversationId("c-" + user)
			.setMessageId(UUID.randomUUID().toString())
			.setUserId(user)
			.setChannel("webhook")
			.setRole(role)
			.setContent(text)
			.setSequence(1)
			.setSentAt(sentAt.truncatedTo(ChronoUnit.MILLIS))
			.setHistorical(historical)
			.build();
	}

	private static MessageAnalyzed analysis(String tenant, String user, double score) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return MessageAnalyzed.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenant)
			.setOccurredAt(now)
			.setConversationId("c-" + user)
			.setMessageId(UUID.randomUUID().toString())
			.setUserId(user)
			.setChannel("webhook")
			.setUrgencyScore(3)
			.setCategory(MessageCategory.values()[0])
			.setSentiment(score < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE)
			.setSentimentScore(score)
			.setKeywords(List.of())
			.setTopics(List.of())
			.setPriorityLevel(PriorityLevel.values()[0])
			.setActionRequired(false)
			.setRecommendedResponseTime(ResponseTime.WITHIN_24_HOURS)
			.setLanguage("en")
			.setConfidence(0.8)
			.setAnalyzer("local")
			.setAnalyzerVersion("1.0")
			.setMessageSentAt(now)
			.build();
	}
}
