package io.parley.platform.tests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.parley.platform.tests.PackagedPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first path through the real, packaged platform: a chatbot's webhook goes in at the gateway, is stored by
 * ingest, comes out of Kafka as Avro, and raises the user's interaction count in insights by exactly one.
 */
class FirstWebhookEndToEndIT {

	final PackagedPlatform platform = PackagedPlatform.get();

	@Test
	void theSeedsExampleGoesInAtTheGatewayAndComesOutOfKafkaIntoInsights() {
		String userId = "user_" + UUID.randomUUID().toString().substring(0, 8);
		String body = """
				{
				  "user_id": "%s",
				  "message": "I love playing guitar and jazz music",
				  "response": "That's wonderful! How long have you been playing?",
				  "session_id": "optional_session_id",
				  "metadata": {"source": "gradio", "model": "gpt-3.5-turbo", "timestamp": "2025-01-01T12:00:00Z"}
				}""".formatted(userId);

		HttpResponse<String> accepted = platform.send("POST", "/webhook/chat/message", body);

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		Map<String, Object> answer = json(accepted.body());
		assertThat(answer).containsEntry("success", true).containsEntry("user_id", userId)
			.containsKeys("interaction_id", "message", "conversation_id");
		String conversationId = (String) answer.get("conversation_id");

		assertThat(platform.ingestDatabase().jdbcClient().sql("""
				SELECT m.role FROM messages m JOIN conversations c ON c.id = m.conversation_id
				WHERE c.id = ? AND c.tenant_id = ? AND c.user_id = ? ORDER BY m.sequence_no""")
			.params(conversationId, PackagedPlatform.TENANT, userId).query(String.class).list())
			.containsExactly("user", "assistant");

		List<ConsumerRecord<String, SpecificRecord>> records = TopicProbe.readAll(
				Topic.CONVERSATION_MESSAGES.topicName(), record -> conversationId.equals(record.key()));
		assertThat(records).hasSize(2);
		MessageReceived userTurn = (MessageReceived) records.get(0).value();
		assertThat(userTurn.getTenantId()).isEqualTo(PackagedPlatform.TENANT);
		assertThat(userTurn.getUserId()).isEqualTo(userId);
		assertThat(userTurn.getRole()).isEqualTo(MessageRole.USER);
		assertThat(userTurn.getContent()).isEqualTo("I love playing guitar and jazz music");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			HttpResponse<String> insights = platform.send("GET", "/webhook/chat/insights/" + userId, null,
					Map.of("Authorization", "Bearer " + PackagedPlatform.API_KEY));
			assertThat(insights.statusCode()).as(insights.body()).isEqualTo(200);
			assertThat(insights.body()).contains("\"total_interactions\":1");
		});

		platform.send("POST", "/webhook/chat/message", body.replace("optional_session_id", "second_session"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				platform.send("GET", "/webhook/chat/insights/" + userId, null).body())
			.contains("\"total_interactions\":2"));
	}

	@Test
	void aBlankMessageOrAMissingKeyIsRefusedInTheErrorShapeAndChangesNothing() {
		long rowsBefore = platform.ingestDatabase().jdbcClient().sql("SELECT COUNT(*) FROM messages").query(Long.class).single();
		long offsetsBefore = TopicProbe.committedRecordCount(Topic.CONVERSATION_MESSAGES.topicName());

		HttpResponse<String> blank = platform.send("POST", "/webhook/chat/message", """
				{"user_id": "user123", "message": "   "}""");
		HttpResponse<String> noKey = platform.send("POST", "/webhook/chat/message", """
				{"user_id": "user123", "message": "hello"}""", Map.of());

		assertThat(blank.statusCode()).isEqualTo(400);
		assertErrorShape(blank, "invalid_request");
		assertThat(noKey.statusCode()).isEqualTo(401);
		assertErrorShape(noKey, "unauthorized");
		assertThat(platform.ingestDatabase().jdbcClient().sql("SELECT COUNT(*) FROM messages").query(Long.class).single())
			.isEqualTo(rowsBefore);
		assertThat(TopicProbe.committedRecordCount(Topic.CONVERSATION_MESSAGES.topicName())).isEqualTo(offsetsBefore);
	}

	@SuppressWarnings("unchecked")
	static void assertErrorShape(HttpResponse<String> response, String code) {
		Map<String, Object> error = (Map<String, Object>) json(response.body()).get("error");
		assertThat(error).containsEntry("code", code).containsKeys("message", "details", "request_id");
		assertThat(response.headers().firstValue("X-Request-Id")).contains((String) error.get("request_id"));
	}
}
