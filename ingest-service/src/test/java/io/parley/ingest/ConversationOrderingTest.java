package io.parley.ingest;

import java.util.List;
import java.util.Map;

import io.parley.events.MessageReceived;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent turns of one conversation get distinct sequence numbers, and the topic holds them in that order. */
@ParleyServiceTest
class ConversationOrderingTest {

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Test
	void concurrentTurnsAreNumberedWithoutGapsAndPublishedInSequenceOrder() {
		IngestRequests ingest = new IngestRequests(web, database);
		String user = IngestRequests.newUser();
		int turns = 20;

		Flux.range(1, turns).parallel(8).runOn(Schedulers.boundedElastic())
			.doOnNext(turn -> ingest.post("tenant-a", "/webhook/chat/message",
					Map.of("user_id", user, "message", "turn " + turn, "response", "answer " + turn))
				.expectStatus().isOk())
			.sequential().blockLast();

		String conversationId = database.jdbcClient()
			.sql("SELECT id FROM conversations WHERE tenant_id = 'tenant-a' AND user_id = ?").param(user)
			.query(String.class).single();
		List<Long> stored = database.jdbcClient()
			.sql("SELECT sequence_no FROM messages WHERE conversation_id = ? ORDER BY sequence_no").param(conversationId)
			.query(Long.class).list();
		List<Long> published = TopicProbe.readAll(Topic.CONVERSATION_MESSAGES.topicName(),
				record -> conversationId.equals(record.key()))
			.stream().map(record -> ((MessageReceived) record.value()).getSequence()).toList();

		assertThat(stored).hasSize(2 * turns).doesNotHaveDuplicates();
		assertThat(stored.get(stored.size() - 1)).isEqualTo(2L * turns);
		assertThat(published).containsExactlyElementsOf(stored);
	}
}
