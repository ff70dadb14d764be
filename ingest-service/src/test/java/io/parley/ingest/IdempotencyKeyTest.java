package io.parley.ingest;

import java.util.Map;
import java.util.UUID;

import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeyTest extends IngestApiTest {

	@Test
	void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndPublishesNothingNew() {
		String key = "idem-" + UUID.randomUUID();
		Map<String, Object> body = Map.of("user_id", IngestRequests.newUser(), "message", "Where is my order?");
		String first = ingest.post("tenant-a", "/webhook/chat/message", body, Map.of("Idempotency-Key", key))
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		long messages = ingest.count("messages");
		long offsets = TopicProbe.committedRecordCount(Topic.CONVERSATION_MESSAGES.topicName());

		String retry = ingest.post("tenant-a", "/webhook/chat/message", body, Map.of("Idempotency-Key", key))
			.expectStatus().isOk()
			.expectHeader().valueEquals("Idempotency-Replayed", "true")
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(retry).isEqualTo(first);
		assertThat(ingest.count("messages")).isEqualTo(messages);
		assertThat(TopicProbe.committedRecordCount(Topic.CONVERSATION_MESSAGES.topicName())).isEqualTo(offsets);
	}

	@Test
	void theSameKeyWithADifferentBodyIsAConflict() {
		String key = "idem-" + UUID.randomUUID();
		String user = IngestRequests.newUser();
		ingest.post("tenant-a", "/webhook/chat/message", Map.of("user_id", user, "message", "one"),
				Map.of("Idempotency-Key", key)).expectStatus().isOk();

		ingest.post("tenant-a", "/webhook/chat/message", Map.of("user_id", user, "message", "two"),
				Map.of("Idempotency-Key", key))
			.expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody().jsonPath("$.error.code").isEqualTo("conflict");
	}

	@Test
	void keysAreScopedToTheTenant() {
		String key = "idem-" + UUID.randomUUID();
		Map<String, Object> body = Map.of("user_id", IngestRequests.newUser(), "message", "hello");
		ingest.post("tenant-a", "/webhook/chat/message", body, Map.of("Idempotency-Key", key)).expectStatus().isOk();

		ingest.post("tenant-b", "/webhook/chat/message", body, Map.of("Idempotency-Key", key)).expectStatus().isOk()
			.expectHeader().doesNotExist("Idempotency-Replayed");
	}

	@Test
	void aRefusedRequestIsNotRememberedSoTheCorrectedRetryRuns() {
		String key = "idem-" + UUID.randomUUID();
		ingest.post("tenant-a", "/webhook/chat/message", Map.of("user_id", "u1", "message", " "),
				Map.of("Idempotency-Key", key)).expectStatus().isBadRequest();

		ingest.post("tenant-a", "/webhook/chat/message", Map.of("user_id", "u1", "message", "fixed"),
				Map.of("Idempotency-Key", key)).expectStatus().isOk();
	}
}
