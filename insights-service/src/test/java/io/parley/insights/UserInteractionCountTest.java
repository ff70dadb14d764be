package io.parley.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ParleyServiceTest
class UserInteractionCountTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	WebTestClient web;

	@Test
	void eachUserTurnCountsAsOneInteractionAndBotTurnsDoNot() {
		String userId = newUser();
		String conversationId = UUID.randomUUID().toString();

		publish(message("tenant-a", userId, conversationId, MessageRole.USER, 1));
		publish(message("tenant-a", userId, conversationId, MessageRole.ASSISTANT, 2));
		publish(message("tenant-a", userId, conversationId, MessageRole.USER, 3));

		await().atMost(PATIENCE).untilAsserted(() -> insights("tenant-a", userId).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.user_id").isEqualTo(userId)
			.jsonPath("$.analytics.total_interactions").isEqualTo(2));
	}

	@Test
	void redeliveredAndReplayedEventsDoNotChangeTheCount() {
		String userId = newUser();
		MessageReceived turn = message("tenant-a", userId, UUID.randomUUID().toString(), MessageRole.USER, 1);
		publish(turn);
		await().atMost(PATIENCE).untilAsserted(() -> insights("tenant-a", userId).expectStatus().isOk()
			.expectBody().jsonPath("$.analytics.total_interactions").isEqualTo(1));

		publish(turn);
		publish(turn);
		MessageReceived marker = message("tenant-a", userId, turn.getConversationId(), MessageRole.USER, 2);
		publish(marker);

		// The marker is behind the replays on the same partition: once it counts, the replays were seen.
		await().atMost(PATIENCE).untilAsserted(() -> insights("tenant-a", userId).expectStatus().isOk()
			.expectBody().jsonPath("$.analytics.total_interactions").isEqualTo(2));
	}

	@Test
	void aUserIsOnlyVisibleToTheirOwnTenant() {
		String userId = newUser();
		String conversationId = UUID.randomUUID().toString();
		publish(message("tenant-a", userId, conversationId, MessageRole.USER, 1));
		await().atMost(PATIENCE).untilAsserted(() -> insights("tenant-a", userId).expectStatus().isOk());

		insights("tenant-b", userId).expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("not_found")
			.jsonPath("$.error.request_id").isNotEmpty();
	}

	@Test
	void aRecordThatCannotBeDecodedGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
		String key = UUID.randomUUID().toString();
		TopicProbe.writeRaw(Topic.CONVERSATION_MESSAGES.topicName(), key, "not avro".getBytes());
		String userId = newUser();
		publish(message("tenant-a", userId, key, MessageRole.USER, 1));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(key)).singleElement()
			.satisfies(record -> assertThat(record.value()).isNull()));
		await().atMost(PATIENCE).untilAsserted(() -> insights("tenant-a", userId).expectStatus().isOk());
	}

	@Test
	void aRecordThatKeepsFailingIsRetriedThenDeadLetteredNotLost() {
		String conversationId = UUID.randomUUID().toString();
		MessageReceived tooLongForTheReadModel = message("tenant-a", "u".repeat(80), conversationId, MessageRole.USER, 1);
		publish(tooLongForTheReadModel);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(conversationId)).singleElement()
			.satisfies(record -> assertThat(record.value()).isEqualTo(tooLongForTheReadModel)));
	}

	private static List<ConsumerRecord<String, SpecificRecord>> deadLetters(String key) {
		return TopicProbe.readAllLenient(Topic.CONVERSATION_MESSAGES.deadLetterTopic("insights-service"),
				record -> key.equals(record.key()));
	}

	private WebTestClient.ResponseSpec insights(String tenantId, String userId) {
		return web.get().uri("/webhook/chat/insights/{userId}", userId)
			.header(TrustedHeaders.TENANT_ID, tenantId)
			.exchange();
	}

	private static void publish(MessageReceived message) {
		TopicProbe.publish(Topic.CONVERSATION_MESSAGES.topicName(), message.getConversationId(), message);
	}

	private static String newUser() {
		return "user_" + UUID.randomUUID().toString().substring(0, 8);
	}

	static MessageReceived message(String tenantId, String userId, String conversationId, MessageRole role,
			long sequence) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return MessageReceived.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenantId)
			.setOccurredAt(now)
			.setConversationId(conversationId)
			.setMessageId(UUID.randomUUID().toString())
			.setUserId(userId)
			.setChannel("webhook")
			.setRole(role)
			.setContent("turn " + sequence)
			.setSequence(sequence)
			.setSentAt(now)
			.build();
	}
}
