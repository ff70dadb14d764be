package io.parley.platform.tests;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.parley.events.MessageReceived;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static io.parley.platform.tests.FirstWebhookEndToEndIT.assertErrorShape;
import static io.parley.platform.tests.PackagedPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Each seed's own example request, sent through the packaged gateway as its clients send it today. */
class SeedExamplesThroughGatewayIT {

	final PackagedPlatform platform = PackagedPlatform.get();

	@Test
	void aiUserLearningBulkUpload() {
		HttpResponse<String> response = platform.send("POST", "/webhook/chat/bulk", """
				{
				  "user_id": "user123",
				  "interactions": [
				    {"message": "Hello there", "timestamp": "2025-01-01T12:00:00Z", "metadata": {"session": "session1"}},
				    {"message": "I like programming", "timestamp": "2025-01-01T12:01:00Z", "metadata": {"session": "session1"}}
				  ]
				}""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json(response.body())).containsEntry("success", true).containsEntry("user_id", "user123")
			.containsEntry("interactions_created", 2).containsKey("processing_time_ms");
	}

	@Test
	void platformApiConversationHistoryAndFeedback() {
		HttpResponse<String> started = platform.send("POST", "/api/v1/conversations", """
				{
				  "message": "How do I reset my password?",
				  "user_id": "user_12345",
				  "channel": "chat",
				  "metadata": {"user_email": "customer@example.com", "user_name": "John Doe"}
				}""");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		Map<String, Object> answer = json(started.body());
		assertThat(answer).containsKeys("conversation_id", "response", "confidence", "sources", "escalated", "timestamp");
		String conversationId = (String) answer.get("conversation_id");

		HttpResponse<String> history = platform.send("GET", "/api/v1/conversations/" + conversationId, null);
		assertThat(history.statusCode()).isEqualTo(200);
		Map<String, Object> conversation = json(history.body());
		assertThat(conversation).containsEntry("conversation_id", conversationId).containsEntry("user_id", "user_12345")
			.containsEntry("channel", "chat").containsEntry("status", "active").containsKey("created_at");
		assertThat((List<?>) conversation.get("messages")).singleElement()
			.satisfies(message -> {
				Map<?, ?> fields = (Map<?, ?>) message;
				assertThat(fields.get("sender")).isEqualTo("user");
				assertThat(fields.get("content")).isEqualTo("How do I reset my password?");
				assertThat(fields.containsKey("id") && fields.containsKey("timestamp")).isTrue();
			});

		HttpResponse<String> feedback = platform.send("POST", "/api/v1/conversations/" + conversationId + "/feedback",
				"{\"rating\": 5, \"comment\": \"Quick and helpful\"}");
		assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(201);
	}

	@Test
	void pulseChatbotSessions() {
		HttpResponse<String> created = platform.send("POST", "/api/chat/sessions", """
				{"title": "My Chat Session", "system_prompt": "You are a helpful assistant"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String sessionId = (String) json(created.body()).get("id");

		assertThat(platform.send("GET", "/api/chat/sessions?limit=20", null).body()).contains(sessionId);
		assertThat(platform.send("GET", "/api/chat/sessions/" + sessionId, null).statusCode()).isEqualTo(200);
		HttpResponse<String> updated = platform.send("PUT", "/api/chat/sessions/" + sessionId, """
				{"title": "Updated Title", "is_active": true}""");
		assertThat(json(updated.body())).containsEntry("title", "Updated Title");
		assertThat(platform.send("POST", "/api/chat/sessions/" + sessionId + "/clear", null).statusCode()).isEqualTo(200);
		assertThat(platform.send("DELETE", "/api/chat/sessions/" + sessionId, null).statusCode()).isEqualTo(204);
	}

	@Test
	void izerWhatsAppWebhookWithHistory() {
		String messageId = "wamid-" + UUID.randomUUID();
		String body = """
				{
				  "message_id": "%s",
				  "chat_time": "2024-01-01T12:00:00Z",
				  "chat_name": "Customer Name",
				  "phone_number": "+905551234567",
				  "current_message": "Message content",
				  "history": [
				    {"sender": "Customer Name", "content": "Previous message", "timestamp": "2024-01-01T11:59:00Z", "type": "text"}
				  ]
				}""".formatted(messageId);

		HttpResponse<String> first = platform.send("POST", "/webhook", body);
		HttpResponse<String> resent = platform.send("POST", "/webhook", body);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(json(first.body())).containsEntry("success", true).containsEntry("message_id", messageId)
			.containsKeys("database_id", "processed_at");
		assertThat(json(resent.body()).get("database_id")).isEqualTo(json(first.body()).get("database_id"));
	}

	@Test
	void enecaN8nChatAndDebug() {
		HttpResponse<String> chat = platform.send("POST", "/api/chat", """
				{"message": "Текст сообщения пользователя", "user_id": "optional-user-id", "chat_id": "optional-chat-id"}""");
		HttpResponse<String> debug = platform.send("POST", "/api/debug", "{\"anything\": [1, 2, 3]}");

		assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
		assertThat(json(chat.body())).containsEntry("success", true).containsEntry("chat_id", "optional-chat-id")
			.containsKeys("response", "thread_id", "user_id");
		assertThat(debug.statusCode()).isEqualTo(200);
		assertThat(debug.body()).contains("\"anything\":[1,2,3]");
	}

	@Test
	void whatsAppCloudApiThroughThePublicRoute() throws Exception {
		String secret = "meta-app-secret-" + UUID.randomUUID();
		assertThat(platform.send("PUT", "/api/v1/channels/whatsapp",
				"{\"verify_token\": \"verify-me\", \"app_secret\": \"" + secret + "\"}").statusCode()).isEqualTo(200);
		String path = "/webhook/whatsapp/" + PackagedPlatform.TENANT;

		HttpResponse<String> challenge = platform.send("GET",
				path + "?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444", null, Map.of());
		String delivery = """
				{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
				  "messaging_product": "whatsapp",
				  "contacts": [{"profile": {"name": "Ayşe"}, "wa_id": "905551112233"}],
				  "messages": [{"from": "905551112233", "id": "wamid.%s", "timestamp": "1704110400", "type": "text",
				                "text": {"body": "Merhaba, bisikletim hazır mı?"}}]}}]}]}""".formatted(UUID.randomUUID());
		HttpResponse<String> signed = platform.send("POST", path, delivery,
				Map.of("X-Hub-Signature-256", signature(delivery, secret)));
		HttpResponse<String> forged = platform.send("POST", path, delivery,
				Map.of("X-Hub-Signature-256", signature(delivery, "not-the-secret")));

		assertThat(challenge.statusCode()).isEqualTo(200);
		assertThat(challenge.body()).isEqualTo("1158201444");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(json(signed.body())).containsEntry("messages_stored", 1);
		assertThat(forged.statusCode()).isEqualTo(401);
		assertErrorShape(forged, "unauthorized");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyProducesExactlyOneEvent() {
		String user = "user_" + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"user_id\": \"" + user + "\", \"message\": \"Was I charged twice?\"}";
		Map<String, String> headers = Map.of("X-API-Key", PackagedPlatform.API_KEY, "Idempotency-Key", "retry-" + user);

		HttpResponse<String> first = platform.send("POST", "/webhook/chat/message", body, headers);
		HttpResponse<String> retry = platform.send("POST", "/webhook/chat/message", body, headers);

		assertThat(retry.body()).isEqualTo(first.body());
		String conversationId = (String) json(first.body()).get("conversation_id");
		assertThat(TopicProbe.readAll(Topic.CONVERSATION_MESSAGES.topicName(), record -> conversationId.equals(record.key())))
			.singleElement().satisfies(record -> assertThat(((MessageReceived) record.value()).getUserId()).isEqualTo(user));
	}

	private static String signature(String body, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}
}
