package io.parley.ingest;

import java.util.List;
import java.util.Map;

import io.parley.events.FeedbackSubmitted;
import io.parley.events.PlatformEvent;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform API reference's conversations endpoints. */
class ConversationsApiTest extends IngestApiTest {

	@Test
	void theSeedsExampleStartsAConversationAndLaterMessagesJoinIt() {
		String user = IngestRequests.newUser();
		String conversationId = start(user, "How do I reset my password?");

		ingest.post("tenant-a", "/api/v1/conversations", Map.of("message", "It did not work", "user_id", user,
				"conversation_id", conversationId)).expectStatus().isOk()
			.expectBody().jsonPath("$.conversation_id").isEqualTo(conversationId);

		ingest.get("tenant-a", "/api/v1/conversations/" + conversationId).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.conversation_id").isEqualTo(conversationId)
			.jsonPath("$.user_id").isEqualTo(user)
			.jsonPath("$.channel").isEqualTo("chat")
			.jsonPath("$.status").isEqualTo("active")
			.jsonPath("$.created_at").exists()
			.jsonPath("$.messages[0].sender").isEqualTo("user")
			.jsonPath("$.messages[0].content").isEqualTo("How do I reset my password?")
			.jsonPath("$.messages[1].content").isEqualTo("It did not work")
			.jsonPath("$.messages[0].id").exists()
			.jsonPath("$.messages[0].timestamp").exists();
	}

	@Test
	void aNewConversationPublishesConversationCreatedAndMessageReceivedForPartners() {
		String conversationId = start(IngestRequests.newUser(), "How do I reset my password?");

		List<String> types = TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(), record -> conversationId.equals(record.key()))
			.stream().map(record -> ((PlatformEvent) record.value()).getType()).toList();
		assertThat(types).containsExactly("conversation.created", "message.received");
	}

	@Test
	void unknownFieldsAreKeptInTheMessageMetadata() {
		String conversationId = (String) ingest.post("tenant-a", "/api/v1/conversations", Map.of("message", "hi",
				"user_id", IngestRequests.newUser(), "campaign", "spring-sale")).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");

		assertThat(database.jdbcClient().sql("SELECT metadata_json FROM messages WHERE conversation_id = ?")
			.param(conversationId).query(String.class).single()).contains("\"campaign\":\"spring-sale\"");
	}

	@Test
	void longHistoriesComeInPagesInOrder() {
		String user = IngestRequests.newUser();
		String conversationId = start(user, "message 1");
		for (int i = 2; i <= 5; i++) {
			ingest.post("tenant-a", "/api/v1/conversations", Map.of("message", "message " + i, "user_id", user,
					"conversation_id", conversationId)).expectStatus().isOk();
		}

		Map<?, ?> first = page(conversationId, "?limit=2");
		Map<?, ?> second = page(conversationId, "?limit=2&cursor=" + first.get("next_cursor"));
		Map<?, ?> last = page(conversationId, "?limit=2&cursor=" + second.get("next_cursor"));

		assertThat(contents(first)).containsExactly("message 1", "message 2");
		assertThat(contents(second)).containsExactly("message 3", "message 4");
		assertThat(contents(last)).containsExactly("message 5");
		assertThat(last.get("next_cursor")).isNull();
	}

	@Test
	void anotherTenantCannotReadOrJoinTheConversation() {
		String user = IngestRequests.newUser();
		String conversationId = start(user, "private");

		ingest.get("tenant-b", "/api/v1/conversations/" + conversationId).expectStatus().isNotFound()
			.expectBody().jsonPath("$.error.code").isEqualTo("not_found");
		ingest.post("tenant-b", "/api/v1/conversations", Map.of("message", "hi", "user_id", user,
				"conversation_id", conversationId)).expectStatus().isNotFound();
	}

	@Test
	void feedbackIsStoredAndPublished() {
		String conversationId = start(IngestRequests.newUser(), "thanks!");

		ingest.post("tenant-a", "/api/v1/conversations/" + conversationId + "/feedback",
				Map.of("rating", 5, "comment", "Quick and helpful")).expectStatus().isCreated()
			.expectBody().jsonPath("$.rating").isEqualTo(5).jsonPath("$.feedback_id").exists();

		assertThat(TopicProbe.readAll(Topic.CONVERSATION_LIFECYCLE.topicName(), record -> conversationId.equals(record.key())))
			.anySatisfy(record -> assertThat(record.value()).isInstanceOf(FeedbackSubmitted.class));
		assertThat(TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(), record -> conversationId.equals(record.key())))
			.extracting(record -> ((PlatformEvent) record.value()).getType()).contains("feedback.submitted");
	}

	@Test
	void aRatingOutsideOneToFiveOrAnUnknownConversationIsRefused() {
		String conversationId = start(IngestRequests.newUser(), "hello");
		long before = ingest.count("feedback");

		ingest.post("tenant-a", "/api/v1/conversations/" + conversationId + "/feedback", Map.of("rating", 6))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.error.details.fields[0].field").isEqualTo("rating");
		ingest.post("tenant-a", "/api/v1/conversations/no-such-conversation/feedback", Map.of("rating", 4))
			.expectStatus().isNotFound();
		assertThat(ingest.count("feedback")).isEqualTo(before);
	}

	@Test
	void everyInvalidFieldIsReportedAndNothingChanges() {
		long before = ingest.count("messages");

		ingest.post("tenant-a", "/api/v1/conversations", Map.of("message", "", "user_id", "bad user!", "channel", "Chat Room"))
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.error.details.fields[?(@.field == 'message')]").exists()
			.jsonPath("$.error.details.fields[?(@.field == 'user_id')]").exists()
			.jsonPath("$.error.details.fields[?(@.field == 'channel')]").exists();
		assertThat(ingest.count("messages")).isEqualTo(before);
	}

	private String start(String user, String message) {
		return (String) ingest.post("tenant-a", "/api/v1/conversations", Map.of("message", message, "user_id", user,
				"channel", "chat", "metadata", Map.of("user_email", "customer@example.com", "user_name", "John Doe")))
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");
	}

	private Map<?, ?> page(String conversationId, String query) {
		return ingest.get("tenant-a", "/api/v1/conversations/" + conversationId + query).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	private static List<Object> contents(Map<?, ?> page) {
		return ((List<?>) page.get("messages")).stream().map(message -> (Object) ((Map<?, ?>) message).get("content")).toList();
	}
}
