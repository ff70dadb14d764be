package io.parley.ingest;

import java.time.Duration;

import io.parley.platform.web.TrustedHeaders;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker that never answers: the caller is told to retry, and nothing is left half-written. */
@ParleyServiceTest
@org.springframework.test.context.TestPropertySource(properties = {
		"spring.kafka.bootstrap-servers=127.0.0.1:9",
		"spring.kafka.admin.auto-create=false",
		"spring.kafka.producer.properties.max.block.ms=1500" })
class EventLogUnavailableTest {

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void whenKafkaDoesNotAcknowledgeTheCallerGets503WithRetryAfterAndNoRowIsKept() {
		web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
			.post().uri("/webhook/chat/message")
			.header(TrustedHeaders.TENANT_ID, "tenant-a")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(ChatMessageWebhookTest.SEED_EXAMPLE.formatted("user123"))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader().valueEquals("Retry-After", "5")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("service_unavailable")
			.jsonPath("$.error.details.retry_after").isEqualTo(5)
			.jsonPath("$.error.request_id").isNotEmpty();

		assertThat(database.jdbcClient().sql("SELECT COUNT(*) FROM messages").query(Long.class).single()).isZero();
		assertThat(database.jdbcClient().sql("SELECT COUNT(*) FROM conversations").query(Long.class).single()).isZero();
	}
}
