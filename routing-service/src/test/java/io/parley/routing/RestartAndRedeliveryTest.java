package io.parley.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationRouted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.PlatformEvent;
import io.parley.schemas.Topic;
import io.parley.test.SharedKafka;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Redelivered events and a restart of the service mid-stream change no decision and duplicate no event. */
class RestartAndRedeliveryTest extends RoutingTest {

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void aRedeliveredAnalysisAndAReanalysedMessageYieldOneDecisionAndOneEventEach() {
		String conversation = newId();
		MessageAnalyzed analysis = analysis(conversation, a -> a.setUrgencyScore(9));
		publish(analysis);
		publish(analysis);
		// The same message analysed again (a replay of analysis-service): a new event id, the same message.
		publish(MessageAnalyzed.newBuilder(analysis).setEventId(newId()).setUrgencyScore(2).build());
		MessageAnalyzed marker = publish(analysis(conversation, a -> {
		}));

		awaitDecision(conversation, marker.getMessageId());
		await().atMost(PATIENCE).until(() -> outboxSize() == 0);

		assertThat(decisions(conversation)).hasSize(2);
		assertThat(routingEvents(conversation)).singleElement().isInstanceOf(ConversationEscalated.class);
		assertThat(partnerEvents(conversation)).extracting(PlatformEvent::getType)
			.containsExactly("conversation.escalated");
	}

	@Test
	void aRecordThatIsNotAnAnalysisGoesToTheDeadLetterTopicAndTheAnalysesAroundItAreDecided() {
		String conversation = newId();
		MessageAnalyzed before = publish(analysis(conversation, a -> {
		}));
		TopicProbe.writeRaw(Topic.MESSAGE_ANALYSES.topicName(), conversation, "not avro".getBytes());
		MessageAnalyzed after = publish(analysis(conversation, a -> {
		}));

		awaitDecision(conversation, after.getMessageId());

		assertThat(decisions(conversation)).containsExactlyInAnyOrder(before.getMessageId(), after.getMessageId());
		await().atMost(PATIENCE).until(() -> TopicProbe.readAllLenient(
				Topic.deadLetterTopic(Topic.MESSAGE_ANALYSES.topicName(), "routing-service"),
				record -> conversation.equals(record.key())).size() == 1);
	}

	@Test
	void aRestartMidStreamAndAFullRedeliveryChangeNoDecisionAndDuplicateNoEvent() {
		// Each conversation: two calm messages routed to AI, the third escalates for unresolved turns.
		List<String> conversations = Stream.generate(RoutingTest::newId).limit(20).toList();
		List<MessageAnalyzed> stream = new ArrayList<>();
		for (int turn = 0; turn < 3; turn++) {
			for (String conversation : conversations) {
				stream.add(analysis(conversation, a -> {
				}));
			}
		}
		listeners.stop();
		try {
			ConfigurableApplicationContext first = startAnotherInstance();
			stream.subList(0, 30).forEach(this::publish);
			await().atMost(PATIENCE).until(() -> decidedCount(conversations) >= 15);
			first.close();
			long decidedAtRestart = decidedCount(conversations);
			// The rest of the stream arrives while the service is down.
			stream.subList(30, 60).forEach(this::publish);

			ConfigurableApplicationContext second = startAnotherInstance();
			try {
				await().atMost(PATIENCE).until(() -> decidedCount(conversations) == 60 && outboxSize() == 0);
				Map<String, List<String>> before = decisionSnapshot(conversations);

				stream.forEach(this::publish);
				MessageAnalyzed marker = publish(analysis(newId(), a -> {
				}));
				awaitDecision(marker.getConversationId(), marker.getMessageId());
				await().atMost(PATIENCE).until(() -> outboxSize() == 0);

				assertThat(decidedAtRestart).isBetween(15L, 30L);
				assertThat(decisionSnapshot(conversations)).isEqualTo(before);
			}
			finally {
				second.close();
			}
		}
		finally {
			listeners.start();
		}

		for (String conversation : conversations) {
			List<SpecificRecord> events = routingEvents(conversation);
			assertThat(events).extracting(event -> event.getClass().getSimpleName())
				.containsExactly("ConversationRouted", "ConversationRouted", "ConversationEscalated");
			assertThat(((ConversationEscalated) events.get(2)).getReason()).isEqualTo("unresolved_turns");
			assertThat(events.stream().map(RestartAndRedeliveryTest::eventId).collect(Collectors.toSet())).hasSize(3);
			assertThat(partnerEvents(conversation)).extracting(PlatformEvent::getType).containsExactly(
					"conversation.routed", "conversation.routed", "conversation.escalated");
		}
	}

	private ConfigurableApplicationContext startAnotherInstance() {
		return new SpringApplicationBuilder(RoutingApplication.class).run("--server.port=0",
				"--DB_URL=" + database.jdbcUrl(), "--DB_USER=" + database.username(),
				"--DB_PASSWORD=" + database.password(), "--KAFKA_BOOTSTRAP_SERVERS=" + SharedKafka.bootstrapServers(),
				"--spring.flyway.enabled=false");
	}

	private static String eventId(SpecificRecord event) {
		return event instanceof ConversationRouted routed ? routed.getEventId()
				: ((ConversationEscalated) event).getEventId();
	}

	private long outboxSize() {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
	}

	private long decidedCount(List<String> conversations) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM routing_decisions WHERE conversation_id IN (:ids)")
			.param("ids", conversations).query(Long.class).single();
	}

	private List<String> decisions(String conversation) {
		return database.jdbcClient().sql("SELECT message_id FROM routing_decisions WHERE conversation_id = ?")
			.param(conversation).query(String.class).list();
	}

	/** Per conversation: each decision's message, outcome, agent and reason, in order. */
	private Map<String, List<String>> decisionSnapshot(List<String> conversations) {
		return database.jdbcClient().sql("""
				SELECT conversation_id, CONCAT_WS('|', id, message_id, outcome, COALESCE(agent_id, '-'),
				    COALESCE(escalation_reason, '-')) FROM routing_decisions
				WHERE conversation_id IN (:ids) ORDER BY conversation_id, seq""")
			.param("ids", conversations)
			.query((row, i) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
