package io.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp Cloud API (Meta) webhook: the tenant's settings, Meta's subscription check, and signed deliveries.
 * Requests to {@code /webhook/whatsapp/{tenant_id}} carry no trusted headers, as the public gateway route sends them.
 */
@ParleyServiceTest
class WhatsAppCloudWebhookTest {

	static final String SECRET = "meta-app-secret-0123456789abcdef";

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void settingsAreSavedAndShownWithoutTheSecret() {
		String tenant = newTenant();

		String saved = configure(tenant, "my-verify-token", SECRET).expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(saved).doesNotContain(SECRET).doesNotContain("app_secret");
		assertThat(saved).contains("\"configured\":true").contains("\"verify_token\":\"my-verify-token\"");

		String shown = web.get().uri("/api/v1/channels/whatsapp").header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(shown).doesNotContain(SECRET).doesNotContain("app_secret")
			.contains("\"configured\":true").contains("\"verify_token\":\"my-verify-token\"")
			.contains("/webhook/whatsapp/" + tenant);

		// Replacing the settings replaces both values.
		configure(tenant, "new-token", "another-secret").expectStatus().isOk();
		web.get().uri("/api/v1/channels/whatsapp").header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.verify_token").isEqualTo("new-token");

		web.get().uri("/api/v1/channels/whatsapp").header(TrustedHeaders.TENANT_ID, newTenant()).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.configured").isEqualTo(false);
	}

	@Test
	void settingsNeedBothValuesAndATenant() {
		web.put().uri("/api/v1/channels/whatsapp").header(TrustedHeaders.TENANT_ID, newTenant())
			.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"verify_token\": \" \"}").exchange()
			.expectStatus().isBadRequest().expectBody()
			.jsonPath("$.error.details.fields[*].field").value(fields ->
					assertThat((List<String>) fields).containsExactlyInAnyOrder("verify_token", "app_secret"));

		web.put().uri("/api/v1/channels/whatsapp").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("verify_token", "t", "app_secret", "s")).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void theSubscriptionCheckEchoesTheChallengeOnlyForTheTenantsVerifyToken() {
		String tenant = newTenant();
		configure(tenant, "my-verify-token", SECRET).expectStatus().isOk();

		String echoed = web.get().uri("/webhook/whatsapp/{tenant}?hub.mode=subscribe&hub.verify_token=my-verify-token"
				+ "&hub.challenge=1158201444", tenant).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(echoed).isEqualTo("1158201444");

		assertForbidden(web.get().uri("/webhook/whatsapp/{tenant}?hub.mode=subscribe&hub.verify_token=wrong"
				+ "&hub.challenge=1158201444", tenant));
		assertForbidden(web.get().uri("/webhook/whatsapp/{tenant}?hub.mode=subscribe&hub.challenge=1158201444", tenant));
		assertForbidden(web.get().uri("/webhook/whatsapp/{tenant}?hub.mode=subscribe&hub.verify_token=my-verify-token"
				+ "&hub.challenge=1158201444", newTenant()));
	}

	@Test
	void aSignedDeliveryStoresEachMessageWithTheContactsNameAndPhone() {
		String tenant = newTenant();
		configure(tenant, "token", SECRET).expectStatus().isOk();
		String phone = newPhone();
		String textId = "wamid." + UUID.randomUUID();
		String imageId = "wamid." + UUID.randomUUID();

		post(tenant, delivery(phone, "Ayşe Yılmaz", message(textId, phone, "1704110400", "text",
				"\"text\": {\"body\": \"Is my bike ready?\"}"), message(imageId, phone, "1704110460", "image",
						"\"image\": {\"id\": \"media-1\", \"mime_type\": \"image/jpeg\"}")), SECRET)
			.expectStatus().isOk()
			.expectBody().jsonPath("$.success").isEqualTo(true).jsonPath("$.messages_stored").isEqualTo(2);

		List<Map<String, Object>> rows = messagesOf(tenant, "+" + phone);
		assertThat(rows).extracting(row -> row.get("content")).containsExactly("Is my bike ready?", "[image]");
		assertThat(rows).extracting(row -> row.get("external_message_id")).containsExactly(textId, imageId);
		assertThat(rows).extracting(row -> row.get("historical")).containsOnly(false);

		List<MessageReceived> events = IngestRequests.messageEvents((String) rows.get(0).get("conversation_id"));
		assertThat(events).extracting(MessageReceived::getRole).containsOnly(MessageRole.USER);
		assertThat(events).extracting(MessageReceived::getTenantId).containsOnly(tenant);
		assertThat(events).extracting(MessageReceived::getChannel).containsOnly("whatsapp");
		assertThat(events).extracting(MessageReceived::getUserId).containsOnly("+" + phone);
		assertThat(events).extracting(MessageReceived::getCustomerName).containsOnly("Ayşe Yılmaz");
		assertThat(events).extracting(MessageReceived::getCustomerPhone).containsOnly("+" + phone);
		assertThat(events.get(0).getSentAt()).hasToString("2024-01-01T12:00:00Z");
		assertThat(events.get(0).getMetadata()).containsEntry("message_type", "text");
		assertThat(events.get(1).getMetadata()).containsEntry("message_type", "image").containsKey("image");
	}

	@Test
	void aCustomerWritingThroughIzersBridgeAndThroughMetaIsOneUserWithOneConversation() {
		String tenant = newTenant();
		configure(tenant, "token", SECRET).expectStatus().isOk();
		String phone = newPhone();
		web.post().uri("/webhook").header(TrustedHeaders.TENANT_ID, tenant).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message_id", "izer-" + UUID.randomUUID(), "chat_name", "Mehmet", "phone_number", "+" + phone,
					"current_message", "Through the bridge"))
			.exchange().expectStatus().isOk();

		post(tenant, delivery(phone, "Mehmet", message("wamid." + UUID.randomUUID(), phone, "1704110400", "text",
				"\"text\": {\"body\": \"Through Meta\"}")), SECRET).expectStatus().isOk();

		assertThat(messagesOf(tenant, "+" + phone)).extracting(row -> row.get("content"))
			.containsExactly("Through the bridge", "Through Meta");
	}

	@Test
	void aResentWhatsAppMessageIsStoredOnce() {
		String tenant = newTenant();
		configure(tenant, "token", SECRET).expectStatus().isOk();
		String phone = newPhone();
		String body = delivery(phone, "Mehmet", message("wamid." + UUID.randomUUID(), phone, "1704110400", "text",
				"\"text\": {\"body\": \"hello\"}"));
		post(tenant, body, SECRET).expectStatus().isOk().expectBody().jsonPath("$.messages_stored").isEqualTo(1);
		long messages = countRows("messages");
		Map<String, Long> offsets = IngestRequests.publishedRecordCounts();

		post(tenant, body, SECRET).expectStatus().isOk().expectBody().jsonPath("$.messages_stored").isEqualTo(0);

		assertThat(countRows("messages")).isEqualTo(messages);
		assertThat(IngestRequests.publishedRecordCounts()).isEqualTo(offsets);
		assertThat(messagesOf(tenant, "+" + phone)).hasSize(1);
	}

	@Test
	void aDeliveryWithAMissingOrBadSignatureIsRefusedAndStoresNothing() {
		String tenant = newTenant();
		configure(tenant, "token", SECRET).expectStatus().isOk();
		String phone = newPhone();
		String body = delivery(phone, "Mehmet", message("wamid." + UUID.randomUUID(), phone, "1704110400", "text",
				"\"text\": {\"body\": \"hello\"}"));
		long messages = countRows("messages");
		long conversations = countRows("conversations");
		Map<String, Long> offsets = IngestRequests.publishedRecordCounts();

		assertUnauthorized(web.post().uri("/webhook/whatsapp/{tenant}", tenant).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body).exchange());
		assertUnauthorized(post(tenant, body, "some-other-secret"));
		assertUnauthorized(web.post().uri("/webhook/whatsapp/{tenant}", tenant).contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", "sha256=not-hex").bodyValue(body).exchange());
		// Signed for one body, sent with another.
		assertUnauthorized(web.post().uri("/webhook/whatsapp/{tenant}", tenant).contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", signature(body, SECRET)).bodyValue(body.replace("hello", "HELLO")).exchange());
		// A tenant without settings cannot be signed for at all.
		assertUnauthorized(post(newTenant(), body, SECRET));

		assertThat(countRows("messages")).isEqualTo(messages);
		assertThat(countRows("conversations")).isEqualTo(conversations);
		assertThat(IngestRequests.publishedRecordCounts()).isEqualTo(offsets);
	}

	@Test
	void aDeliveryWithoutMessagesStoresNothingAndIsAcknowledged() {
		String tenant = newTenant();
		configure(tenant, "token", SECRET).expectStatus().isOk();
		String statuses = """
				{"object": "whatsapp_business_account", "entry": [{"id": "123", "changes": [{"field": "messages",
				 "value": {"messaging_product": "whatsapp", "statuses": [{"id": "wamid.x", "status": "delivered"}]}}]}]}""";

		post(tenant, statuses, SECRET).expectStatus().isOk().expectBody().jsonPath("$.messages_stored").isEqualTo(0);
	}

	private WebTestClient.ResponseSpec configure(String tenant, String verifyToken, String appSecret) {
		return web.put().uri("/api/v1/channels/whatsapp")
			.header(TrustedHeaders.TENANT_ID, tenant)
			.header(TrustedHeaders.PRINCIPAL, "test-key")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("verify_token", verifyToken, "app_secret", appSecret))
			.exchange();
	}

	private WebTestClient.ResponseSpec post(String tenant, String body, String secret) {
		return web.post().uri("/webhook/whatsapp/{tenant}", tenant)
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", signature(body, secret))
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	/** Meta's own recipe, written out independently of the service's code. */
	private static String signature(String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A delivery in the shape Meta sends for incoming messages. */
	private static String delivery(String phone, String name, String... messages) {
		return """
				{"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
				  "field": "messages",
				  "value": {
				    "messaging_product": "whatsapp",
				    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
				    "contacts": [{"profile": {"name": "%s"}, "wa_id": "%s"}],
				    "messages": [%s]
				  }}]}]}""".formatted(name, phone, String.join(",", messages));
	}

	private static String message(String id, String from, String timestamp, String type, String typeBody) {
		return """
				{"from": "%s", "id": "%s", "timestamp": "%s", "type": "%s", %s}""".formatted(from, id, timestamp, type,
				typeBody);
	}

	private static void assertForbidden(WebTestClient.RequestHeadersSpec<?> request) {
		request.exchange().expectStatus().isForbidden()
			.expectHeader().exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("forbidden")
			.jsonPath("$.error.message").isNotEmpty()
			.jsonPath("$.error.request_id").isNotEmpty();
	}

	private static void assertUnauthorized(WebTestClient.ResponseSpec response) {
		response.expectStatus().isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("unauthorized")
			.jsonPath("$.error.request_id").isNotEmpty();
	}

	private List<Map<String, Object>> messagesOf(String tenant, String phone) {
		return database.jdbcClient().sql("""
				SELECT m.conversation_id, m.content, m.historical, m.external_message_id
				FROM messages m JOIN conversations c ON c.id = m.conversation_id
				WHERE c.tenant_id = ? AND c.channel = 'whatsapp' AND c.user_id = ?
				ORDER BY m.sequence_no""")
			.params(tenant, phone).query().listOfRows();
	}



	private long countRows(String table) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static String newTenant() {
		return "tenant-wa-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String newPhone() {
		return "90555" + String.format("%07d", (long) (Math.random() * 10_000_000));
	}
}
