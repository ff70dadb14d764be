package io.parley.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PlatformEvent;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The İzer WhatsApp bridge's {@code POST /webhook}: a new message with the chat history before it. */
@ParleyServiceTest
class IzerWebhookTest {

	/** The seed's own request body, with the phone number made unique per test. */
	static final String SEED_EXAMPLE = """
			{
			  "message_id": "%s",
			  "chat_time": "2024-01-01T12:00:00Z",
			  "chat_name": "Customer Name",
			  "phone_number": "%s",
			  "current_message": "Message content",
			  "history": [
			    {
			      "sender": "Customer Name",
			      "content": "Previous message",
			      "timestamp": "2024-01-01T11:59:00Z",
			      "type": "text"
			    }
			  ]
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void theSeedsExampleIsAcceptedWithTheSeedsResponseFields() {
		String phone = newPhone();
		String messageId = "unique_message_id_" + UUID.randomUUID();

		Map<String, Object> body = post(SEED_EXAMPLE.formatted(messageId, phone)).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();

		assertThat(body).containsEntry("success", true).containsEntry("message_id", messageId)
			.containsKeys("database_id", "processed_at");
		assertThat(body.get("database_id")).isInstanceOf(Number.class);
		assertThat(Instant.parse((String) body.get("processed_at"))).isNotNull();

		List<Map<String, Object>> rows = messagesOf(phone);
		assertThat(rows).extracting(row -> row.get("content")).containsExactly("Previous message", "Message content");
		assertThat(rows).extracting(row -> row.get("historical")).containsExactly(true, false);
		assertThat(rows).extracting(row -> row.get("role")).containsExactly("user", "user");
		assertThat(rows.get(1)).containsEntry("external_message_id", messageId);
		assertThat(((Number) rows.get(1).get("id")).longValue())
			.isEqualTo(((Number) body.get("database_id")).longValue());
		assertThat(((String) rows.get(0).get("external_message_id"))).startsWith("hist:").hasSize(5 + 64);

		List<MessageReceived> events = IngestRequests.messageEvents((String) rows.get(0).get("conversation_id"));
		assertThat(events).extracting(MessageReceived::getContent).containsExactly("Previous message", "Message content");
		assertThat(events).extracting(MessageReceived::getHistorical).containsExactly(true, false);
		assertThat(events).extracting(MessageReceived::getChannel).containsOnly("whatsapp");
		assertThat(events).extracting(MessageReceived::getUserId).containsOnly(phone);
		assertThat(events).extracting(MessageReceived::getCustomerName).containsOnly("Customer Name");
		assertThat(events).extracting(MessageReceived::getCustomerPhone).containsOnly(phone);
		assertThat(events.get(0).getSentAt()).hasToString("2024-01-01T11:59:00Z");
		assertThat(events.get(1).getSentAt()).hasToString("2024-01-01T12:00:00Z");
		assertThat(events.get(1).getExternalMessageId()).isEqualTo(messageId);

		// Partners hear of the new message only, not of the replayed history.
		assertThat(TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(),
				record -> rows.get(0).get("conversation_id").equals(record.key())))
			.extracting(record -> ((PlatformEvent) record.value()).getType())
			.containsExactly("conversation.created", "message.received");
	}

	@Test
	void historyIsStoredOnceInOrderAndTheSameMessageIdAddsNothing() {
		String phone = newPhone();
		String first = """
				{"message_id": "m1", "chat_time": "2024-01-01T12:00:00Z", "chat_name": "Ayşe", "phone_number": "%s",
				 "current_message": "Is the bike ready?",
				 "history": [
				   {"sender": "İzer Bisiklet", "content": "Hello, how can we help?", "timestamp": "2024-01-01T11:58:00Z", "type": "text"},
				   {"sender": "Ayşe", "content": "I brought my bike in", "timestamp": "2024-01-01T11:59:00Z", "type": "text"}
				 ]}""".formatted(phone);
		post(first).expectStatus().isOk();
		assertThat(messagesOf(phone)).extracting(row -> row.get("content"))
			.containsExactly("Hello, how can we help?", "I brought my bike in", "Is the bike ready?");

		// The next call replays the same two items (one with a differently written but equal time) plus a new one.
		String second = """
				{"message_id": "m2", "chat_time": "2024-01-01T12:05:00+03:00", "chat_name": "Ayşe", "phone_number": "%s",
				 "current_message": "Thanks!",
				 "history": [
				   {"sender": "İzer Bisiklet", "content": "Hello, how can we help?", "timestamp": "2024-01-01T11:58:00.000Z", "type": "text"},
				   {"sender": "Ayşe", "content": "I brought my bike in", "timestamp": "2024-01-01T11:59:00Z", "type": "text"},
				   {"sender": "İzer Bisiklet", "content": "Yes, it is ready", "timestamp": "2024-01-01T12:01:00Z", "type": "text"}
				 ]}""".formatted(phone);
		long secondId = databaseId(post(second).expectStatus().isOk());

		List<Map<String, Object>> rows = messagesOf(phone);
		assertThat(rows).extracting(row -> row.get("content")).containsExactly("Hello, how can we help?",
				"I brought my bike in", "Is the bike ready?", "Yes, it is ready", "Thanks!");
		assertThat(rows).extracting(row -> row.get("historical")).containsExactly(true, true, false, true, false);
		// The customer's own history is "user"; the business's side of the chat is "agent".
		assertThat(rows).extracting(row -> row.get("role")).containsExactly("agent", "user", "user", "agent", "user");
		assertThat(rows).extracting(row -> ((Number) row.get("sequence_no")).longValue()).containsExactly(1L, 2L, 3L, 4L, 5L);
		String conversationId = (String) rows.get(0).get("conversation_id");
		assertThat(IngestRequests.messageEvents(conversationId)).extracting(MessageReceived::getHistorical)
			.containsExactly(true, true, false, true, false);
		assertThat(IngestRequests.messageEvents(conversationId)).filteredOn(MessageReceived::getHistorical)
			.extracting(MessageReceived::getRole)
			.containsExactly(MessageRole.AGENT, MessageRole.USER, MessageRole.AGENT);

		long messages = countRows("messages");
		long conversations = countRows("conversations");
		Map<String, Long> offsets = IngestRequests.publishedRecordCounts();

		long resentId = databaseId(post(second).expectStatus().isOk());

		assertThat(resentId).isEqualTo(secondId);
		assertThat(countRows("messages")).isEqualTo(messages);
		assertThat(countRows("conversations")).isEqualTo(conversations);
		assertThat(IngestRequests.publishedRecordCounts()).isEqualTo(offsets);
	}

	@Test
	void fieldsTheSeedDoesNotNameAreKeptInTheMessageMetadata() {
		String phone = newPhone();
		post("""
				{"message_id": "m1", "chat_name": "Mehmet", "phone_number": "%s", "current_message": "Price of the tyre?",
				 "group_name": "VIP Customers", "labels": {"priority": "high"},
				 "history": [{"sender": "Mehmet", "content": "Hi", "timestamp": "2024-01-01T11:59:00Z", "type": "text",
				              "quoted_id": "q-7"}]}""".formatted(phone))
			.expectStatus().isOk();

		List<MessageReceived> events = IngestRequests.messageEvents((String) messagesOf(phone).get(0).get("conversation_id"));
		assertThat(events.get(0).getMetadata()).containsEntry("quoted_id", "q-7")
			.containsEntry("sender", "Mehmet").containsEntry("message_type", "text");
		assertThat(events.get(1).getMetadata()).containsEntry("group_name", "VIP Customers")
			.containsEntry("labels", "{\"priority\":\"high\"}")
			.containsEntry("customer_name", "Mehmet").containsEntry("customer_phone", phone);
	}

	@Test
	void everyInvalidFieldIsReportedWithItsPathAndNothingChanges() {
		String body = """
				{"chat_time": "yesterday", "chat_name": "Ayşe", "phone_number": "+90 555 <script>",
				 "current_message": "   ",
				 "history": [
				   {"sender": "Ayşe", "content": "fine", "timestamp": "2024-01-01T11:58:00Z"},
				   {"sender": "Ayşe", "content": "", "timestamp": "2024-01-01T11:59:00Z"},
				   {"sender": "Ayşe", "content": "fine", "timestamp": "01/01/2024 12:00"}
				 ]}""";

		assertRefusedWithoutChange(body, "message_id", "chat_time", "phone_number", "current_message",
				"history[1].content", "history[2].timestamp");
	}

	@Test
	void aMissingPhoneNumberAndAnOverlongMessageAreRefused() {
		assertRefusedWithoutChange("""
				{"message_id": "m1", "current_message": "%s"}""".formatted("x".repeat(10_001)),
				"phone_number", "current_message");
	}

	@Test
	void aPhoneNumberOver50CharactersIsRefused() {
		assertRefusedWithoutChange("""
				{"message_id": "m1", "phone_number": "%s", "current_message": "hi"}""".formatted("1".repeat(51)),
				"phone_number");
	}

	@Test
	void aRequestThatDidNotComeThroughTheGatewayIsRefused() {
		web.post().uri("/webhook").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(SEED_EXAMPLE.formatted("m1", newPhone())).exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.error.code").isEqualTo("unauthorized");
	}

	private void assertRefusedWithoutChange(String body, String... failingFields) {
		long messages = countRows("messages");
		long conversations = countRows("conversations");
		Map<String, Long> offsets = IngestRequests.publishedRecordCounts();

		Map<String, Object> refusal = post(body).expectStatus().isBadRequest()
			.expectHeader().exists("X-Request-Id")
			.expectBody(Map.class).returnResult().getResponseBody();

		Map<String, Object> error = (Map<String, Object>) refusal.get("error");
		assertThat(error).containsEntry("code", "invalid_request").containsKey("request_id");
		List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) error.get("details"))
			.get("fields");
		assertThat(fields).extracting(field -> field.get("field")).containsExactlyInAnyOrder((Object[]) failingFields);
		assertThat(fields).allSatisfy(field -> assertThat((String) field.get("message")).isNotBlank());

		assertThat(countRows("messages")).isEqualTo(messages);
		assertThat(countRows("conversations")).isEqualTo(conversations);
		assertThat(IngestRequests.publishedRecordCounts()).isEqualTo(offsets);
	}

	private WebTestClient.ResponseSpec post(String body) {
		return web.post().uri("/webhook")
			.header(TrustedHeaders.TENANT_ID, "tenant-izer")
			.header(TrustedHeaders.PRINCIPAL, "test-key")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static long databaseId(WebTestClient.ResponseSpec response) {
		return ((Number) response.expectBody(Map.class).returnResult().getResponseBody().get("database_id")).longValue();
	}

	private List<Map<String, Object>> messagesOf(String phone) {
		return database.jdbcClient().sql("""
				SELECT m.id, m.conversation_id, m.sequence_no, m.role, m.content, m.historical, m.external_message_id
				FROM messages m JOIN conversations c ON c.id = m.conversation_id
				WHERE c.tenant_id = 'tenant-izer' AND c.channel = 'whatsapp' AND c.user_id = ?
				ORDER BY m.sequence_no""")
			.param(phone).query().listOfRows();
	}



	private long countRows(String table) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static String newPhone() {
		return "+90555" + String.format("%07d", (long) (Math.random() * 10_000_000));
	}
}
