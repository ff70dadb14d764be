package io.parley.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.parley.delivery.support.DeliveryTest;
import io.parley.delivery.support.Receiver;
import io.parley.delivery.support.Receiver.Answer;
import io.parley.events.PlatformEvent;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Which endpoints get an event, how often, and in which order. */
class OrderingAndSubscriptionsTest extends DeliveryTest {

	@Test
	void deliveriesAboutOneConversationKeepTheirOrderUnderRetriesWhileOtherConversationsAreNotBlocked() {
		// given a receiver that fails the first delivery of conversation A's first event once
		Set<String> failedOnce = ConcurrentHashMap.newKeySet();
		Receiver receiver = receiver(Receiver.start((index, delivery) -> {
			String item = item(delivery);
			return item.equals("A1") && failedOnce.add(item) ? Answer.status(500) : Answer.ok();
		}));
		String id = (String) createEndpoint(receiver.url()).get("id");
		String a = "conv_a_" + UUID.randomUUID();
		String b = "conv_b_" + UUID.randomUUID();

		// when A1, A2, A3 and B1, B2 are published
		publish("message.received", a, Map.of("item", "A1"));
		publish("message.received", a, Map.of("item", "A2"));
		publish("message.received", a, Map.of("item", "A3"));
		publish("message.received", b, Map.of("item", "B1"));
		publish("message.received", b, Map.of("item", "B2"));

		// then B's events arrive while A1 waits for its retry, and A2, A3 wait behind A1
		await().atMost(PATIENCE).until(() -> received(receiver).containsAll(List.of("A1", "B1", "B2")));
		await().atMost(PATIENCE).until(() -> messages(id).stream()
			.anyMatch(m -> m.get("attempts").equals(1) && "pending".equals(m.get("status"))));
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
			.until(() -> received(receiver).equals(List.of("A1", "B1", "B2")));

		// when A1's retry is due
		clock.advance(Duration.ofSeconds(6));

		// then A1, A2, A3 arrive in order
		await().atMost(PATIENCE).until(() -> received(receiver).size() == 6);
		List<String> ofA = received(receiver).stream().filter(item -> item.startsWith("A")).toList();
		assertThat(ofA).containsExactly("A1", "A1", "A2", "A3");
		assertThat(received(receiver).stream().filter(item -> item.startsWith("B")).toList()).containsExactly("B1", "B2");
	}

	@Test
	void endpointsGetOnlyTheTypesTheySubscribedToWithWildcardsAndDisabledOnesGetNothing() {
		// given endpoints for conversation.*, for message.received, for everything, and a disabled one
		Receiver conversations = receiver(Receiver.accepting());
		Receiver messagesOnly = receiver(Receiver.accepting());
		Receiver everything = receiver(Receiver.accepting());
		Receiver disabled = receiver(Receiver.accepting());
		createEndpoint(conversations.url(), Map.of("event_types", List.of("conversation.*")));
		createEndpoint(messagesOnly.url(), Map.of("event_types", List.of("message.received")));
		createEndpoint(everything.url());
		createEndpoint(disabled.url(), Map.of("enabled", false));

		// when three types are published
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		publish("message.received", "conv_" + UUID.randomUUID(), Map.of());
		publish("feedback.submitted", "conv_" + UUID.randomUUID(), Map.of());

		// then each endpoint gets what it asked for
		await().atMost(PATIENCE).until(() -> everything.requestCount() == 3);
		await().atMost(PATIENCE).until(() -> conversations.requestCount() == 1 && messagesOnly.requestCount() == 1);
		assertThat(type(conversations.deliveries().get(0))).isEqualTo("conversation.created");
		assertThat(type(messagesOnly.deliveries().get(0))).isEqualTo("message.received");
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> disabled.requestCount() == 0 && conversations.requestCount() == 1);
	}

	@Test
	void aRedeliveredEventIsRecordedAndSentOnceAndOtherTenantsEndpointsNeverSeeIt() {
		// given an endpoint of this tenant and one of another tenant
		Receiver mine = receiver(Receiver.accepting());
		Receiver theirs = receiver(Receiver.accepting());
		String id = (String) createEndpoint(mine.url()).get("id");
		json(post("tenant-" + UUID.randomUUID(), "/api/v1/webhooks/endpoints", Map.of("url", theirs.url()))
			.expectStatus().isCreated());

		// when the same event is published twice (a producer retry, a replay)
		PlatformEvent event = publish("conversation.escalated", "conv_" + UUID.randomUUID(), Map.of());
		publish(event);

		// then it is recorded once and sent once, and only to this tenant's endpoint
		await().atMost(PATIENCE).until(() -> mine.requestCount() == 1);
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
			.until(() -> mine.requestCount() == 1 && messages(id).size() == 1);
		assertThat(theirs.requestCount()).isZero();
		assertThat(messages(id).get(0).get("event_id")).isEqualTo(event.getEventId());
	}

	@Test
	void aRecordThatIsNotAPlatformEventIsParkedInTheDeadLetterTopicAndLaterEventsStillArrive() {
		// given an endpoint, and a record on platform.events that is not an event at all
		Receiver receiver = receiver(Receiver.accepting());
		createEndpoint(receiver.url());
		String key = "garbage-" + UUID.randomUUID();
		TopicProbe.writeRaw(Topic.PLATFORM_EVENTS.topicName(), key, "not an event".getBytes());

		// when an event follows it
		publish("conversation.created", key, Map.of());

		// then the event is delivered and the broken record is in delivery-service's dead-letter topic
		await().atMost(PATIENCE).until(() -> receiver.requestCount() == 1);
		await().atMost(PATIENCE).until(() -> TopicProbe.readAllLenient(
				Topic.deadLetterTopic(Topic.PLATFORM_EVENTS.topicName(), "delivery-service"),
				record -> key.equals(record.key())).size() == 1);
	}

	private static List<String> received(Receiver receiver) {
		return receiver.deliveries().stream().map(OrderingAndSubscriptionsTest::item).toList();
	}

	@SuppressWarnings("unchecked")
	private static String item(Receiver.Delivery delivery) {
		return (String) ((Map<String, Object>) body(delivery).get("data")).get("item");
	}

	private static String type(Receiver.Delivery delivery) {
		return (String) body(delivery).get("type");
	}
}
