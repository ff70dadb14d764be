package io.parley.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.delivery.support.DeliveryTest;
import io.parley.delivery.support.Receiver;
import io.parley.platform.web.TrustedHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The endpoints API: tenant-scoped CRUD, refusals that change nothing, and the SSRF guard. */
class EndpointsApiTest extends DeliveryTest {

	@Test
	void anEndpointIsCreatedWithAStandardWebhooksSecretThatItsOwnerCanReadAgain() {
		Map<String, Object> created = createEndpoint("http://127.0.0.1:9/hook", Map.of("description", "CRM sync",
				"event_types", List.of("conversation.*", "feedback.submitted"), "rate_limit_per_second", 20));

		assertThat((String) created.get("id")).startsWith("ep_");
		assertThat((String) created.get("secret")).matches("whsec_[A-Za-z0-9+/]{43}=");
		Map<String, Object> read = endpoint((String) created.get("id"));
		assertThat(read).containsEntry("secret", created.get("secret"))
			.containsEntry("url", "http://127.0.0.1:9/hook")
			.containsEntry("description", "CRM sync")
			.containsEntry("event_types", List.of("conversation.*", "feedback.submitted"))
			.containsEntry("enabled", true)
			.containsEntry("rate_limit_per_second", 20);
		Map<String, Object> noneYet = new HashMap<>(Map.of("pending", 0, "succeeded", 0, "failed", 0));
		noneYet.put("success_rate", null);
		assertThat(read.get("stats")).isEqualTo(noneYet);
	}

	@Test
	void theListShowsOnlyTheCallersEndpointsWithoutSecretsAndOtherTenantsGet404() {
		String id = (String) createEndpoint("http://127.0.0.1:9/a").get("id");
		String other = "tenant-" + UUID.randomUUID();

		Map<String, Object> list = json(get(tenant, "/api/v1/webhooks/endpoints").exchange().expectStatus().isOk());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("data");
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item).containsEntry("id", id).doesNotContainKey("secret");
		});
		assertThat((List<?>) json(get(other, "/api/v1/webhooks/endpoints").exchange().expectStatus().isOk()).get("data"))
			.isEmpty();
		get(other, "/api/v1/webhooks/endpoints/{id}", id).exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.error.code").isEqualTo("not_found");
		patch(other, "/api/v1/webhooks/endpoints/{id}", Map.of("enabled", false), id).expectStatus().isNotFound();
		web.delete().uri("/api/v1/webhooks/endpoints/{id}", id).header(TrustedHeaders.TENANT_ID, other).exchange()
			.expectStatus().isNotFound();
		post(other, "/api/v1/webhooks/endpoints/{id}/rotate-secret", null, id).expectStatus().isNotFound();
		assertThat(endpoint(id).get("enabled")).isEqualTo(true);
	}

	@Test
	void patchChangesOnlyTheGivenFieldsAndDisablingAndEnablingWorks() {
		String id = (String) createEndpoint("http://127.0.0.1:9/a", Map.of("description", "first")).get("id");

		Map<String, Object> updated = json(patch(tenant, "/api/v1/webhooks/endpoints/{id}",
				Map.of("event_types", List.of("message.received"), "enabled", false), id).expectStatus().isOk());

		assertThat(updated).containsEntry("description", "first").containsEntry("enabled", false)
			.containsEntry("event_types", List.of("message.received"))
			.containsEntry("disabled_reason", "disabled by the tenant");
		Map<String, Object> body = new HashMap<>();
		body.put("enabled", true);
		body.put("rate_limit_per_second", null);
		body.put("url", "http://127.0.0.1:10/b");
		assertThat(json(patch(tenant, "/api/v1/webhooks/endpoints/{id}", body, id).expectStatus().isOk()))
			.containsEntry("enabled", true).containsEntry("disabled_reason", null)
			.containsEntry("url", "http://127.0.0.1:10/b");
	}

	@Test
	void deletingAnEndpointRemovesItWithItsMessagesAndAttempts() {
		Receiver receiver = receiver(Receiver.accepting());
		String id = (String) createEndpoint(receiver.url()).get("id");
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> receiver.requestCount() == 1);
		String messageId = (String) onlyMessage(id).get("id");
		await().atMost(PATIENCE).until(() -> attempts(messageId).size() == 1);

		web.delete().uri("/api/v1/webhooks/endpoints/{id}", id).header(TrustedHeaders.TENANT_ID, tenant).exchange()
			.expectStatus().isNoContent();

		get(tenant, "/api/v1/webhooks/endpoints/{id}", id).exchange().expectStatus().isNotFound();
		get(tenant, "/api/v1/webhooks/messages/{id}/attempts", messageId).exchange().expectStatus().isNotFound();
		assertThat(count("SELECT COUNT(*) FROM attempts WHERE endpoint_id = ?", id)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"url\":\"ftp://127.0.0.1/x\"}", "{\"url\":\"not a url\"}",
			"{\"url\":\"http://127.0.0.1:9/\",\"event_types\":[]}",
			"{\"url\":\"http://127.0.0.1:9/\",\"event_types\":[\"Conversation Created\"]}",
			"{\"url\":\"http://127.0.0.1:9/\",\"rate_limit_per_second\":0}",
			"{\"url\":\"http://127.0.0.1:9/\",\"enabled\":\"yes\"}",
			"{\"url\":\"http://127.0.0.1:9/\",\"secret\":\"whsec_mine\"}",
			"{\"url\":\"http://user:pw@127.0.0.1:9/\"}" })
	void invalidEndpointsAreRefusedWith400AndNothingIsStored(String body) {
		web.post().uri("/api/v1/webhooks/endpoints").header(TrustedHeaders.TENANT_ID, tenant)
			.header("Content-Type", "application/json").bodyValue(body).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.code").isEqualTo("invalid_request")
			.jsonPath("$.error.message").isNotEmpty();
		assertThat(count("SELECT COUNT(*) FROM endpoints WHERE tenant_id = ?", tenant)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook",
			"http://192.168.1.10/hook", "http://172.16.0.1/hook", "http://[::1]:8080/hook",
			"http://[fd00:ec2::254]/", "http://100.100.100.200/", "http://0.0.0.0:80/", "http://[::ffff:10.0.0.1]/" })
	void urlsThatReachInternalAddressesAreRefusedWhenSaved(String url) {
		post(tenant, "/api/v1/webhooks/endpoints", Map.of("url", url)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.details.field").isEqualTo("url")
			.jsonPath("$.error.message").value(message -> assertThat((String) message).contains("refused"));
		assertThat(count("SELECT COUNT(*) FROM endpoints WHERE tenant_id = ?", tenant)).isZero();
	}

	@Test
	void anUpdateToAnInternalAddressIsRefusedAndTheEndpointIsUnchanged() {
		String id = (String) createEndpoint("http://127.0.0.1:9/a").get("id");

		patch(tenant, "/api/v1/webhooks/endpoints/{id}", Map.of("url", "http://169.254.169.254/"), id)
			.expectStatus().isBadRequest();

		assertThat(endpoint(id).get("url")).isEqualTo("http://127.0.0.1:9/a");
	}

	@Test
	void aTenantThatRequiresHttpsCannotSaveAnHttpEndpoint() {
		post("tenant-https-only", "/api/v1/webhooks/endpoints", Map.of("url", "http://127.0.0.1:9/a"))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.message").value(message -> assertThat((String) message).contains("https"));
		assertThat(count("SELECT COUNT(*) FROM endpoints WHERE tenant_id = ?", "tenant-https-only")).isZero();
		post("tenant-https-only", "/api/v1/webhooks/endpoints", Map.of("url", "https://127.0.0.1:9/a"))
			.expectStatus().isCreated();
	}

	@Test
	void anAddressThatBecameInternalAfterSavingIsRefusedWhenConnectingAndNothingIsSent() {
		// given an endpoint whose address is internal although it passed the check when saved (DNS changed)
		String id = (String) createEndpoint("http://127.0.0.1:9/a").get("id");
		database.jdbcClient().sql("UPDATE endpoints SET url = ? WHERE id = ?")
			.params("http://169.254.169.254/latest/meta-data/", id).update();

		// when an event is delivered
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());

		// then the attempt is refused before connecting
		await().atMost(PATIENCE).until(() -> onlyMessage(id).get("last_attempt_at") != null);
		assertThat(attempts((String) onlyMessage(id).get("id"))).singleElement().satisfies(attempt -> {
			assertThat(attempt.get("status_code")).isNull();
			assertThat((String) attempt.get("error")).contains("refused").contains("link-local");
		});
	}

	@Test
	void recoverNeedsAValidPastTimeAndListingsValidateTheirParameters() {
		String id = (String) createEndpoint("http://127.0.0.1:9/a").get("id");
		post(tenant, "/api/v1/webhooks/endpoints/{id}/recover", Map.of(), id).expectStatus().isBadRequest();
		post(tenant, "/api/v1/webhooks/endpoints/{id}/recover", Map.of("since", "yesterday"), id)
			.expectStatus().isBadRequest();
		post(tenant, "/api/v1/webhooks/endpoints/{id}/recover",
				Map.of("since", Instant.now().plus(Duration.ofHours(1)).toString()), id).expectStatus().isBadRequest();
		get(tenant, "/api/v1/webhooks/endpoints/{id}/messages?status=lost", id).exchange().expectStatus().isBadRequest();
		get(tenant, "/api/v1/webhooks/endpoints/{id}/messages?limit=0", id).exchange().expectStatus().isBadRequest();
		post(tenant, "/api/v1/webhooks/endpoints/{id}/test", Map.of("event_type", "conversation.*"), id)
			.expectStatus().isBadRequest();
		assertThat(count("SELECT COUNT(*) FROM messages WHERE endpoint_id = ?", id)).isZero();
	}

	@Test
	void payloadsPastTheirRetentionAreDroppedAndSuchMessagesCannotBeResent() {
		Receiver receiver = receiver(Receiver.accepting());
		String id = (String) createEndpoint(receiver.url()).get("id");
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> "succeeded".equals(onlyMessage(id).get("status")));
		String messageId = (String) onlyMessage(id).get("id");
		database.jdbcClient().sql("UPDATE messages SET created_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(31))), messageId).update();

		dispatcher.purgeNow();

		assertThat(onlyMessage(id).get("payload_retained")).isEqualTo(false);
		post(tenant, "/api/v1/webhooks/messages/{id}/resend", null, messageId).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.error.code").isEqualTo("conflict");
	}

	@org.springframework.beans.factory.annotation.Autowired
	io.parley.delivery.domain.Dispatcher dispatcher;

	private long count(String sql, String param) {
		return database.jdbcClient().sql(sql).param(param).query(Long.class).single();
	}
}
