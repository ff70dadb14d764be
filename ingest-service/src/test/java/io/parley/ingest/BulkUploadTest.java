package io.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulkUploadTest extends IngestApiTest {

	@Test
	void theSeedsBulkExampleStoresEachInteractionWithItsOwnTimeInItsSession() {
		String user = IngestRequests.newUser();
		String body = """
				{
				  "user_id": "%s",
				  "interactions": [
				    {"message": "Hello there", "timestamp": "2025-01-01T12:00:00Z", "metadata": {"session": "session1"}},
				    {"message": "I like programming", "timestamp": "2025-01-01T12:01:00Z", "metadata": {"session": "session1"}}
				  ]
				}""".formatted(user);

		Map<String, Object> answer = ingest.post("tenant-a", "/webhook/chat/bulk", body).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();

		assertThat(answer).containsEntry("success", true).containsEntry("user_id", user)
			.containsEntry("interactions_created", 2).containsKey("processing_time_ms");
		List<?> conversations = (List<?>) answer.get("conversation_ids");
		assertThat(conversations).hasSize(1);
		assertThat(database.jdbcClient().sql("SELECT content, sent_at FROM messages WHERE conversation_id = ? ORDER BY sequence_no")
			.param(conversations.get(0)).query().listOfRows())
			.extracting(row -> row.get("content").toString())
			.containsExactly("Hello there", "I like programming");
		assertThat(TopicProbe.readAll(Topic.CONVERSATION_MESSAGES.topicName(),
				record -> conversations.get(0).equals(record.key()))).hasSize(2);
	}

	@Test
	void oneBadInteractionRefusesTheWholeBatchNamingEachIndexAndField() {
		long before = ingest.count("messages");
		String body = """
				{"user_id": "u1", "interactions": [
				  {"message": "fine"},
				  {"message": "  "},
				  {"message": "fine too", "timestamp": "yesterday"}
				]}""";

		ingest.post("tenant-a", "/webhook/chat/bulk", body).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("invalid_request")
			.jsonPath("$.error.details.fields[?(@.field == 'interactions[1].message')]").exists()
			.jsonPath("$.error.details.fields[?(@.field == 'interactions[2].timestamp')]").exists();

		assertThat(ingest.count("messages")).isEqualTo(before);
	}

	@Test
	void moreThanAThousandInteractionsAreRefused() {
		List<Map<String, Object>> interactions = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			interactions.add(Map.of("message", "m" + i));
		}

		ingest.post("tenant-a", "/webhook/chat/bulk", Map.of("user_id", "u1", "interactions", interactions))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.error.details.fields[0].field").isEqualTo("interactions");
	}
}
