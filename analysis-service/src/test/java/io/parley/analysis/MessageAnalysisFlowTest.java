package io.parley.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.analysis.local.LocalAnalyzer;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PlatformEvent;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** From a message on conversation.messages to its stored and published analysis. */
@ParleyServiceTest
class MessageAnalysisFlowTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void aUserMessageIsAnalysedStoredAndPublishedOnce() {
		MessageReceived message = message("tenant-a", UUID.randomUUID().toString(), 1, MessageRole.USER,
				"I was charged twice for my order and I want a refund TODAY!!!");

		publish(message);
		publish(message);

		Map<String, Object> analysis = awaitAnalysis("tenant-a", message.getMessageId());
		assertThat(analysis.get("category")).isEqualTo("complaint");
		assertThat((Integer) analysis.get("urgency_score")).isGreaterThanOrEqualTo(7);
		assertThat(analysis.get("sentiment")).isIn("negative", "urgent");
		assertThat(analysis.keySet()).contains("keywords", "topics", "priority_level", "action_required",
				"recommended_response_time", "language", "confidence", "analyzer", "analyzer_version");

		List<MessageAnalyzed> published = TopicProbe.readAll(Topic.MESSAGE_ANALYSES.topicName(),
				record -> message.getConversationId().equals(record.key()))
			.stream().map(record -> (MessageAnalyzed) record.value()).toList();
		assertThat(published).singleElement().satisfies(analyzed -> {
			assertThat(analyzed.getMessageId()).isEqualTo(message.getMessageId());
			assertThat(analyzed.getTenantId()).isEqualTo("tenant-a");
			assertThat(analyzed.getAnalyzer()).isEqualTo("local");
			assertThat(analyzed.getAnalyzerVersion()).isEqualTo(LocalAnalyzer.VERSION);
		});
		assertThat(TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(),
				record -> message.getConversationId().equals(record.key())))
			.extracting(record -> ((PlatformEvent) record.value()).getType()).containsExactly("message.analyzed");
		assertThat(database.jdbcClient().sql("SELECT COUNT(*) FROM message_analyses WHERE message_id = ?")
			.param(message.getMessageId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void botTurnsAndReplayedHistoryAreNotAnalysed() {
		String conversation = UUID.randomUUID().toString();
		MessageReceived bot = message("tenant-a", conversation, 1, MessageRole.ASSISTANT, "How can I help you?");
		MessageReceived user = message("tenant-a", conversation, 2, MessageRole.USER, "Where is my package?");

		publish(bot);
		publish(user);

		awaitAnalysis("tenant-a", user.getMessageId());
		web.get().uri("/api/v1/messages/{id}/analysis", bot.getMessageId()).header(TrustedHeaders.TENANT_ID, "tenant-a")
			.exchange().expectStatus().isNotFound();
	}

	@Test
	void aThirdComplaintInARowIsMoreUrgentThanTheFirst() {
		String conversation = UUID.randomUUID().toString();
		MessageReceived first = message("tenant-a", conversation, 1, MessageRole.USER,
				"My order arrived damaged, the box was crushed.");
		MessageReceived second = message("tenant-a", conversation, 3, MessageRole.USER,
				"Nobody answered me about the damaged order.");
		MessageReceived third = message("tenant-a", conversation, 5, MessageRole.USER,
				"Still no reply about my damaged order.");

		publish(first);
		publish(second);
		publish(third);

		int firstUrgency = (Integer) awaitAnalysis("tenant-a", first.getMessageId()).get("urgency_score");
		int thirdUrgency = (Integer) awaitAnalysis("tenant-a", third.getMessageId()).get("urgency_score");
		assertThat(thirdUrgency).isGreaterThan(firstUrgency);
	}

	@Test
	void anAnalysisIsVisibleOnlyToItsOwnTenant() {
		MessageReceived message = message("tenant-a", UUID.randomUUID().toString(), 1, MessageRole.USER, "Hello!");
		publish(message);
		awaitAnalysis("tenant-a", message.getMessageId());

		web.get().uri("/api/v1/messages/{id}/analysis", message.getMessageId())
			.header(TrustedHeaders.TENANT_ID, "tenant-b").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.error.code").isEqualTo("not_found");
	}

	@Test
	void aBurstOfManyConversationsIsAnalysedOnceEachAndInOrderWithinEachConversation() {
		List<String> conversations = new ArrayList<>();
		List<MessageReceived> burst = new ArrayList<>();
		for (int c = 0; c < 12; c++) {
			String conversation = UUID.randomUUID().toString();
			conversations.add(conversation);
			burst.add(message("tenant-a", conversation, 1, MessageRole.USER, "My order arrived damaged, the box was crushed."));
			burst.add(message("tenant-a", conversation, 2, MessageRole.USER, "Nobody answered me about the damaged order."));
			burst.add(message("tenant-a", conversation, 3, MessageRole.USER, "Still no reply about my damaged order."));
		}

		TopicProbe.publishAll(Topic.CONVERSATION_MESSAGES.topicName(),
				burst.stream().map(message -> Map.entry(message.getConversationId(), (SpecificRecord) message)).toList());

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(database.jdbcClient()
			.sql("SELECT COUNT(*) FROM message_analyses WHERE conversation_id IN (:ids)").param("ids", conversations)
			.query(Long.class).single()).isEqualTo(burst.size()));
		for (String conversation : conversations) {
			List<MessageAnalyzed> published = TopicProbe.readAll(Topic.MESSAGE_ANALYSES.topicName(),
					record -> conversation.equals(record.key())).stream().map(record -> (MessageAnalyzed) record.value())
				.toList();
			List<String> expectedOrder = burst.stream().filter(message -> message.getConversationId().equals(conversation))
				.map(MessageReceived::getMessageId).toList();
			assertThat(published).extracting(MessageAnalyzed::getMessageId).containsExactlyElementsOf(expectedOrder);
			assertThat(published.get(2).getUrgencyScore()).as("read in the context of the two before it")
				.isGreaterThan(published.get(0).getUrgencyScore());
		}
	}

	@Test
	void aMessageThatCannotBeKeptIsDeadLetteredAndTheOthersOfItsBatchAreAnalysed() {
		MessageReceived before = message("tenant-a", UUID.randomUUID().toString(), 1, MessageRole.USER, "Where is my parcel?");
		MessageReceived unkeepable = MessageReceived.newBuilder(
				message("tenant-a", UUID.randomUUID().toString(), 1, MessageRole.USER, "My screen is broken"))
			.setUserId("u".repeat(80)).build();
		MessageReceived after = message("tenant-a", UUID.randomUUID().toString(), 1, MessageRole.USER, "Do you sell gift cards?");

		TopicProbe.publishAll(Topic.CONVERSATION_MESSAGES.topicName(), List.of(
				Map.entry(before.getConversationId(), before), Map.entry(unkeepable.getConversationId(), unkeepable),
				Map.entry(after.getConversationId(), after)));

		awaitAnalysis("tenant-a", before.getMessageId());
		awaitAnalysis("tenant-a", after.getMessageId());
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(TopicProbe.readAllLenient(
				Topic.CONVERSATION_MESSAGES.deadLetterTopic("analysis-service"),
				record -> unkeepable.getConversationId().equals(record.key())))
			.singleElement().satisfies(record -> assertThat(record.value()).isEqualTo(unkeepable)));
		assertThat(TopicProbe.readAll(Topic.MESSAGE_ANALYSES.topicName(),
				record -> unkeepable.getConversationId().equals(record.key()))).isEmpty();
	}

	@Test
	void aRecordThatCannotBeDecodedIsDeadLetteredAndConsumptionGoesOn() {
		String key = UUID.randomUUID().toString();
		TopicProbe.writeRaw(Topic.CONVERSATION_MESSAGES.topicName(), key, "not avro".getBytes());
		MessageReceived next = message("tenant-a", key, 1, MessageRole.USER, "Is the shop open on Sunday?");
		publish(next);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(TopicProbe.readAllLenient(
				Topic.CONVERSATION_MESSAGES.deadLetterTopic("analysis-service"), record -> key.equals(record.key())))
			.singleElement().satisfies(record -> assertThat(record.value()).isNull()));
		awaitAnalysis("tenant-a", next.getMessageId());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> awaitAnalysis(String tenant, String messageId) {
		return (Map<String, Object>) await().atMost(PATIENCE).until(() -> web.get().uri("/api/v1/messages/{id}/analysis", messageId)
			.header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.returnResult(Map.class).getResponseBody().blockFirst(), body -> body != null && body.containsKey("category"));
	}

	private static void publish(MessageReceived message) {
		TopicProbe.publish(Topic.CONVERSATION_MESSAGES.topicName(), message.getConversationId(), message);
	}

	static MessageReceived message(String tenant, String conversation, long sequence, MessageRole role, String text) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return MessageReceived.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenant)
			.setOccurredAt(now)
			.setConversationId(conversation)
			.setMessageId(UUID.randomUUID().toString())
			.setUserId("user-1")
			.setChannel("webhook")
			.setRole(role)
			.setContent(text)
			.setSequence(sequence)
			.setSentAt(now)
			.build();
	}
}
