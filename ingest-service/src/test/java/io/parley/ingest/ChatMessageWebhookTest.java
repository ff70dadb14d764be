package io.parley.ingest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.ConversationOpened;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ParleyServiceTest
class ChatMessageWebhookTest {

	static final String SEED_EXAMPLE = """
			{
			  "user_id": "%s",
			  "message": "I love playing guitar and jazz music",
			  "response": "That's wonderful! How long have you been playing?",
			  "session_id": "optional_session_id",
			  "metadata": {
			    "source": "gradio",
			    "model": "gpt-3.5-turbo",
			    "timestamp": "2025-01-01T12:00:00Z"
			  }
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void theSeedsExampleIsStoredAndPublishedAsOneEventPerTurnKeyedByConversation() {
		String userId = "user_" + UUID.randomUUID().toString().substring(0, 8);

		Map<String, Object> body = post("tenant-a", SEED_EXAMPLE.formatted(userId))
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();

		assertThat(body).containsEntry("success", true).containsEntry("user_id", userId)
			.containsKeys("interaction_id", "conversation_id", "message");
		String conversationId = (String) body.get("conversation_id");
		List<Map<String, Object>> rows = database.jdbcClient()
			.sql("SELECT m.id, m.role, m.content, m.sequence_no, c.tenant_id, c.user_id FROM messages m "
					+ "JOIN conversations c ON c.id = m.conversation_id WHERE c.id = ? ORDER BY m.sequence_no")
			.param(conversationId).query().listOfRows();
		assertThat(rows).extracting(row -> row.get("role")).containsExactly("user", "assistant");
		assertThat(rows).extracting(row -> row.get("tenant_id")).containsOnly("tenant-a");
		assertThat(((Number) rows.get(0).get("id")).longValue()).isEqualTo(((Number) body.get("interaction_id")).longValue());

		List<ConsumerRecord<String, SpecificRecord>> published = TopicProbe.readAll(
				Topic.CONVERSATION_MESSAGES.topicName(), record -> conversationId.equals(record.key()));
		assertThat(published).hasSize(2);
		MessageReceived userTurn = (MessageReceived) published.get(0).value();
		MessageReceived botTurn = (MessageReceived) published.get(1).value();
		assertThat(userTurn.getRole()).isEqualTo(MessageRole.USER);
		assertThat(userTurn.getContent()).isEqualTo("I love playing guitar and jazz music");
		assertThat(userTurn.getTenantId()).isEqualTo("tenant-a");
		assertThat(userTurn.getUserId()).isEqualTo(userId);
		assertThat(userTurn.getSequence()).isEqualTo(1);
		assertThat(userTurn.getSource()).isEqualTo("gradio");
		assertThat(userTurn.getSentAt()).hasToString("2025-01-01T12:00:00Z");
		assertThat(userTurn.getMetadata()).containsEntry("model", "gpt-3.5-turbo");
		assertThat(botTurn.getRole()).isEqualTo(MessageRole.ASSISTANT);
		assertThat(botTurn.getSequence()).isEqualTo(2);
		assertThat(userTurn.getEventId()).isNotEqualTo(botTurn.getEventId());

		assertThat(TopicProbe.readAll(Topic.CONVERSATION_LIFECYCLE.topicName(), record -> conversationId.equals(record.key())))
			.singleElement().extracting(ConsumerRecord::value).isInstanceOf(ConversationOpened.class);
	}

	@Test
	void aSecondTurnInTheSameSessionContinuesTheConversation() {
		String userId = "user_" + UUID.randomUUID().toString().substring(0, 8);
		String first = conversationOf(post("tenant-a", SEED_EXAMPLE.formatted(userId)).expectStatus().isOk());
		String second = conversationOf(post("tenant-a", SEED_EXAMPLE.formatted(userId)).expectStatus().isOk());

		assertThat(second).isEqualTo(first);
		assertThat(database.jdbcClient().sql("SELECT MAX(sequence_no) FROM messages WHERE conversation_id = ?")
			.param(first).query(Long.class).single()).isEqualTo(4L);
	}

	@Test
	void theSameSessionIdInAnotherTenantIsAnotherConversation() {
		String userId = "user_" + UUID.randomUUID().toString().substring(0, 8);
		String inA = conversationOf(post("tenant-a", SEED_EXAMPLE.formatted(userId)).expectStatus().isOk());
		String inB = conversationOf(post("tenant-b", SEED_EXAMPLE.formatted(userId)).expectStatus().isOk());

		assertThat(inB).isNotEqualTo(inA);
	}

	@Test
	void fieldsTheGuideDoesNotNameAreKeptInTheMetadata() {
		String userId = "user_" + UUID.randomUUID().toString().substring(0, 8);

		String conversationId = conversationOf(post("tenant-a", """
				{"user_id": "%s", "message": "hi", "gradio_version": "4.44", "metadata": {"source": "gradio"}}"""
			.formatted(userId)).expectStatus().isOk());

		assertThat(database.jdbcClient().sql("SELECT metadata_json FROM messages WHERE conversation_id = ?")
			.param(conversationId).query(String.class).single())
			.contains("\"gradio_version\":\"4.44\"").contains("\"source\":\"gradio\"");
	}

	@Test
	void aBlankMessageIsRefusedInTheErrorShapeAndChangesNothing() {
		assertRefusedWithoutChange("""
				{"user_id": "user123", "message": "   ", "response": "hi"}""", "message");
	}

	@Test
	void aMissingUserIdIsRefused() {
		assertRefusedWithoutChange("""
				{"message": "hello"}""", "user_id");
	}

	@Test
	void aUserIdOver50CharactersIsRefused() {
		assertRefusedWithoutChange("""
				{"user_id": "%s", "message": "hello"}""".formatted("u".repeat(51)), "user_id");
	}

	@Test
	void aMessageOver10000CharactersIsRefused() {
		assertRefusedWithoutChange("""
				{"user_id": "user123", "message": "%s"}""".formatted("x".repeat(10_001)), "message");
	}

	@Test
	void aTimestampThatIsNotAnInstantIsRefused() {
		assertRefusedWithoutChange("""
				{"user_id": "user123", "message": "hello", "metadata": {"timestamp": "yesterday"}}""",
				"metadata.timestamp");
	}

	@Test
	void malformedJsonIsRefusedInTheErrorShape() {
		post("tenant-a", "{\"user_id\": ").expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.code").isEqualTo("invalid_request")
			.jsonPath("$.error.request_id").isNotEmpty();
	}

	@Test
	void aRequestThatDidNotComeThroughTheGatewayHasNoTenantAndIsRefused() {
		web.post().uri("/webhook/chat/message").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(SEED_EXAMPLE.formatted("user123")).exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.error.code").isEqualTo("unauthorized");
	}

	/**
	 * The refusal comes from a tenant of its own, so "nothing changed" is checked on exactly what that caller could
	 * have written: no conversation, no message, no event, whatever other tests are doing meanwhile.
	 */
	private void assertRefusedWithoutChange(String body, String failingField) {
		String tenant = "tenant-refused-" + UUID.randomUUID().toString().substring(0, 8);

		post(tenant, body).expectStatus().isBadRequest()
			.expectHeader().exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("invalid_request")
			.jsonPath("$.error.message").isNotEmpty()
			.jsonPath("$.error.details.fields[0].field").isEqualTo(failingField)
			.jsonPath("$.error.request_id").isNotEmpty();

		assertThat(rowsOf(tenant, "messages")).isZero();
		assertThat(rowsOf(tenant, "conversations")).isZero();
		assertThat(TopicProbe.readAll(Topic.CONVERSATION_MESSAGES.topicName(),
				record -> tenant.equals(((MessageReceived) record.value()).getTenantId()))).isEmpty();
	}

	private long rowsOf(String tenant, String table) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?").param(tenant)
			.query(Long.class).single();
	}

	private WebTestClient.ResponseSpec post(String tenantId, String body) {
		return web.post().uri("/webhook/chat/message")
			.header(TrustedHeaders.TENANT_ID, tenantId)
			.header(TrustedHeaders.PRINCIPAL, "test-key")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static String conversationOf(WebTestClient.ResponseSpec response) {
		return (String) response.expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");
	}

}
