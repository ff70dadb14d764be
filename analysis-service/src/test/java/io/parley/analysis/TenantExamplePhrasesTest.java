package io.parley.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.parley.events.MessageRole;
import io.parley.events.MessageReceived;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A tenant teaches the local analyzer its own vocabulary; other tenants are not affected. */
@ParleyServiceTest
@TestPropertySource(properties = "parley.analysis.examples-refresh=0s")
class TenantExamplePhrasesTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private static final String MESSAGE = "the rear derailleur skips gears when I pedal uphill";

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void aTopicATenantTeachesAppearsInItsAnalysesAndOnlyInIts() {
		String bikeShop = "bike-shop-" + UUID.randomUUID();
		post(bikeShop, Map.of("kind", "topic", "label", "drivetrain", "phrases", List.of(
				"my derailleur is bent", "the chain keeps slipping off the cassette", "gears skip under load",
				"shifting is not smooth on the rear derailleur", "the gears jump when I climb a hill")))
			.expectStatus().isCreated().expectBody().jsonPath("$.added").isEqualTo(5);

		assertThat(topicsOf(analyse(bikeShop, MESSAGE))).contains("drivetrain");
		assertThat(topicsOf(analyse("another-" + UUID.randomUUID(), MESSAGE))).doesNotContain("drivetrain");

		web.get().uri("/api/v1/analysis/examples").header(TrustedHeaders.TENANT_ID, bikeShop).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.topics.drivetrain.length()").isEqualTo(5)
			.jsonPath("$.count").isEqualTo(5);
	}

	@Test
	void phrasesForACategoryMoveMessagesIntoIt() {
		String tenant = "shop-" + UUID.randomUUID();
		String message = "can you put a mudguard kit on the cargo bike I ordered";
		post(tenant, Map.of("kind", "category", "label", "technical", "phrases", List.of(
				"can you fit a mudguard kit to my bike", "please mount the rack and mudguards on the cargo bike",
				"install the bike accessories I ordered", "fit fenders on my e-bike"))).expectStatus().isCreated();

		assertThat(analyse(tenant, message).get("category")).isEqualTo("technical");
		assertThat(analyse(tenant, "what time do you open on sunday?").get("category"))
			.as("a message nothing like the tenant's phrases").isEqualTo("inquiry");
	}

	@Test
	void removingALabelTakesItsPhrasesAway() {
		String tenant = "shop-" + UUID.randomUUID();
		post(tenant, Map.of("kind", "topic", "label", "drivetrain", "phrases", List.of("my derailleur is bent")))
			.expectStatus().isCreated();

		web.delete().uri("/api/v1/analysis/examples/topic/drivetrain").header(TrustedHeaders.TENANT_ID, tenant)
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.removed").isEqualTo(1);
		web.delete().uri("/api/v1/analysis/examples/topic/drivetrain").header(TrustedHeaders.TENANT_ID, tenant)
			.exchange().expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("not_found");
		assertThat(storedPhrases(tenant)).isZero();
	}

	@Test
	void invalidPhrasesAreRefusedWithTheFieldsToFixAndNothingIsStored() {
		String tenant = "shop-" + UUID.randomUUID();

		post(tenant, Map.of("kind", "category", "label", "bikes", "phrases", List.of("ok", "fine phrase")))
			.expectStatus().isBadRequest().expectBody()
			.jsonPath("$.error.code").isEqualTo("invalid_request")
			.jsonPath("$.error.details.label").exists()
			.jsonPath("$.error.details['phrases[0]']").exists()
			.jsonPath("$.error.request_id").isNotEmpty();
		post(tenant, Map.of("kind", "mood", "label", "x", "phrases", List.of())).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.details.kind").exists().jsonPath("$.error.details.phrases").exists();

		assertThat(storedPhrases(tenant)).isZero();
	}

	@Test
	void aTenantCannotGrowItsPhrasesBeyondTheLimit() {
		String tenant = "shop-" + UUID.randomUUID();
		for (int batch = 0; batch < 10; batch++) {
			int from = batch * 200;
			post(tenant, Map.of("kind", "topic", "label", "bulk", "phrases",
					IntStream.range(from, from + 200).mapToObj(i -> "example phrase number " + i).toList()))
				.expectStatus().isCreated();
		}

		post(tenant, Map.of("kind", "topic", "label", "bulk", "phrases", List.of("one too many")))
			.expectStatus().isEqualTo(409).expectBody().jsonPath("$.error.code").isEqualTo("too_many_examples");
		assertThat(storedPhrases(tenant)).isEqualTo(2000);
	}

	private WebTestClient.ResponseSpec post(String tenant, Map<String, Object> body) {
		return web.post().uri("/api/v1/analysis/examples").header(TrustedHeaders.TENANT_ID, tenant)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private long storedPhrases(String tenant) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM tenant_examples WHERE tenant_id = ?").param(tenant)
			.query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	private static List<String> topicsOf(Map<String, Object> analysis) {
		return (List<String>) analysis.get("topics");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> analyse(String tenant, String text) {
		MessageReceived message = MessageAnalysisFlowTest.message(tenant, UUID.randomUUID().toString(), 1,
				MessageRole.USER, text);
		TopicProbe.publish(Topic.CONVERSATION_MESSAGES.topicName(), message.getConversationId(), message);
		return (Map<String, Object>) await().atMost(PATIENCE).until(() -> web.get()
			.uri("/api/v1/messages/{id}/analysis", message.getMessageId()).header(TrustedHeaders.TENANT_ID, tenant)
			.exchange().returnResult(Map.class).getResponseBody().blockFirst(),
				body -> body != null && body.containsKey("category"));
	}
}
