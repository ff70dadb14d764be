package io.parley.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.parley.events.ConversationOpened;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.PlatformEvent;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/** What routing tests share: a fresh tenant per test, analyses published as analysis-service does, and look-ups. */
@ParleyServiceTest
abstract class RoutingTest {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	final String tenant = "t-" + UUID.randomUUID();

	static String newId() {
		return UUID.randomUUID().toString();
	}

	/** A calm, confident, general analysis of a user message; {@code change} adjusts it. */
	MessageAnalyzed analysis(String conversation, Consumer<MessageAnalyzed.Builder> change) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		MessageAnalyzed.Builder builder = MessageAnalyzed.newBuilder()
			.setEventId(newId())
			.setTenantId(tenant)
			.setOccurredAt(now)
			.setConversationId(conversation)
			.setMessageId(newId())
			.setUserId("user-" + conversation.substring(0, 8))
			.setChannel("webhook")
			.setUrgencyScore(3)
			.setCategory(MessageCategory.GENERAL)
			.setSentiment(SentimentLabel.NEUTRAL)
			.setSentimentScore(0.1)
			.setKeywords(List.of("opening", "hours"))
			.setTopics(List.of())
			.setPriorityLevel(PriorityLevel.NORMAL)
			.setActionRequired(false)
			.setRecommendedResponseTime(ResponseTime.WITHIN_24_HOURS)
			.setLanguage("en")
			.setConfidence(0.9)
			.setAnalyzer("local")
			.setAnalyzerVersion("1.0")
			.setMessageSentAt(now);
		change.accept(builder);
		return builder.build();
	}

	MessageAnalyzed publish(MessageAnalyzed analysis) {
		TopicProbe.publish(Topic.MESSAGE_ANALYSES.topicName(), analysis.getConversationId(), analysis);
		return analysis;
	}

	void opened(String conversation, String userId, Map<String, String> metadata) {
		TopicProbe.publish(Topic.CONVERSATION_LIFECYCLE.topicName(), conversation, ConversationOpened.newBuilder()
			.setEventId(newId()).setTenantId(tenant).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
			.setConversationId(conversation).setUserId(userId).setChannel("whatsapp").setMetadata(metadata).build());
	}

	/** The conversation's routing state once it holds a decision for the message. */
	@SuppressWarnings("unchecked")
	Map<String, Object> awaitDecision(String conversation, String messageId) {
		return await().atMost(PATIENCE).until(() -> conversation(conversation),
				body -> body != null && body.get("decisions") != null
						&& ((List<Map<String, Object>>) body.get("decisions")).stream()
					.anyMatch(decision -> messageId.equals(decision.get("message_id"))));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> conversation(String conversation) {
		return web.get().uri("/api/v1/routing/conversations/{id}", conversation)
			.header(TrustedHeaders.TENANT_ID, tenant).exchange().returnResult(Map.class).getResponseBody().blockFirst();
	}

	/** The conversation's events on conversation.routing, once there are {@code count} of them. */
	List<SpecificRecord> awaitRoutingEvents(String conversation, int count) {
		return await().atMost(PATIENCE).until(() -> routingEvents(conversation), events -> events.size() >= count);
	}

	static List<SpecificRecord> routingEvents(String conversation) {
		return TopicProbe.readAll(Topic.CONVERSATION_ROUTING.topicName(), record -> conversation.equals(record.key()))
			.stream().map(record -> record.value()).toList();
	}

	List<PlatformEvent> awaitPartnerEvents(String conversation, int count) {
		return await().atMost(PATIENCE).until(() -> partnerEvents(conversation), events -> events.size() >= count);
	}

	static List<PlatformEvent> partnerEvents(String conversation) {
		return TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(), record -> conversation.equals(record.key()))
			.stream().map(record -> (PlatformEvent) record.value()).toList();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> data(PlatformEvent event) {
		return json.readValue(event.getData(), Map.class);
	}

	WebTestClient.ResponseSpec post(String path, Object body) {
		return web.post().uri(path).header(TrustedHeaders.TENANT_ID, tenant).bodyValue(body).exchange();
	}

	WebTestClient.ResponseSpec patch(String path, Object body) {
		return web.patch().uri(path).header(TrustedHeaders.TENANT_ID, tenant).bodyValue(body).exchange();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> created(String path, Object body) {
		return post(path, body).expectStatus().isCreated().returnResult(Map.class).getResponseBody().blockFirst();
	}

	String humanAgent(String name, int capacity, List<String> skills) {
		return (String) created("/api/v1/agents",
				Map.of("name", name, "kind", "human", "capacity", capacity, "skills", skills, "online", true)).get("id");
	}
}
