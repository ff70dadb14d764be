package io.parley.ingest;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Eneca bot's n8n webhook: conversation memory by thread id or chat id, and the debug echo. */
class EnecaChatTest extends IngestApiTest {

	@Test
	void withoutThreadOrChatIdAThreadIsGeneratedAndContinuesTheConversation() {
		Map<String, Object> first = ingest.post("tenant-a", "/api/chat", Map.of("message", "Привет!")).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		String threadId = (String) first.get("thread_id");

		Map<String, Object> second = ingest.post("tenant-a", "/api/chat", Map.of("message", "Как дела?", "thread_id", threadId))
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

		assertThat(first).containsEntry("success", true).containsKeys("response", "user_id", "chat_id");
		assertThat(threadId).isNotBlank();
		assertThat(second.get("conversation_id")).isEqualTo(first.get("conversation_id"));
	}

	@Test
	void theSeedsN8nBodyWithChatIdKeepsOneConversationPerChat() {
		Map<String, Object> body = Map.of("message", "Текст сообщения пользователя", "user_id", "tg-42", "chat_id", "chat-42");
		Object first = ingest.post("tenant-a", "/api/chat", body).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");
		Object second = ingest.post("tenant-a", "/api/chat", body).expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody().get("conversation_id");

		assertThat(second).isEqualTo(first);
	}

	@Test
	void debugEchoesAnyJsonAndStoresNothing() {
		long before = ingest.count("messages");

		ingest.post("tenant-a", "/api/debug", Map.of("anything", Map.of("nested", 1), "list", java.util.List.of(1, 2)))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.received.anything.nested").isEqualTo(1)
			.jsonPath("$.received.list[1]").isEqualTo(2)
			.jsonPath("$.request_id").exists();
		assertThat(ingest.count("messages")).isEqualTo(before);
	}
}
