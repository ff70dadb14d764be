package io.parley.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.parley.delivery.support.Receiver;
import io.parley.delivery.support.Receiver.Answer;
import io.parley.delivery.support.TestClock;
import io.parley.delivery.support.TestClockConfiguration;
import io.parley.events.PlatformEvent;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.SharedDatabase;
import io.parley.test.SharedKafka;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stopped in the middle of a retry schedule, with events still arriving while it is down, and started
 * again on the same database: every event is delivered, in order per conversation. Nothing lived only in memory.
 */
class RestartTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestClock clock = TestClock.INSTANCE;
	private final String tenant = "tenant-" + UUID.randomUUID();
	// Its own consumer group, shared by both runs like a real restart, so no other test context takes its records.
	private final String group = "delivery-restart-" + UUID.randomUUID();
	private final TestDatabase database = SharedDatabase.createDatabase("delivery");
	private ConfigurableApplicationContext running;
	private Receiver receiver;

	@AfterEach
	void cleanUp() {
		if (running != null) {
			running.close();
		}
		if (receiver != null) {
			receiver.close();
		}
		clock.reset();
	}

	@Test
	void aServiceStoppedMidScheduleAndStartedAgainDeliversEveryEventInOrderPerConversation() {
		// given a receiver that is down (503) and a running service with an endpoint for it
		AtomicBoolean healthy = new AtomicBoolean(false);
		receiver = Receiver.start((index, delivery) -> healthy.get() ? Answer.ok() : Answer.status(503));
		running = start();
		WebTestClient web = client(running);
		String endpointId = (String) web.post().uri("/api/v1/webhooks/endpoints").header(TrustedHeaders.TENANT_ID, tenant)
			.bodyValue(Map.of("url", receiver.url())).exchange().expectStatus().isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			}).returnResult().getResponseBody().get("id");

		// when events of two conversations are published and their first attempts fail
		String a = "conv_a_" + UUID.randomUUID();
		String b = "conv_b_" + UUID.randomUUID();
		String c = "conv_c_" + UUID.randomUUID();
		publish(a, "A1");
		publish(a, "A2");
		publish(b, "B1");
		publish(b, "B2");
		await().atMost(PATIENCE).until(() -> count("SELECT COUNT(*) FROM messages WHERE endpoint_id = ?", endpointId) == 4
				&& count("SELECT COUNT(*) FROM attempts WHERE endpoint_id = ?", endpointId) >= 2);

		// and the service stops mid-schedule, and more events arrive while it is down
		running.close();
		running = null;
		publish(a, "A3");
		publish(c, "C1");

		// when it starts again on the same database, the receiver is back, and the retries are due
		healthy.set(true);
		running = start();
		clock.advance(Duration.ofSeconds(61));

		// then every event is delivered, each conversation in order
		await().atMost(PATIENCE).until(() -> count(
				"SELECT COUNT(*) FROM messages WHERE endpoint_id = ? AND status = 'succeeded'", endpointId) == 6);
		List<String> delivered = receiver.deliveries().stream().filter(d -> !d.body().isEmpty())
			.map(RestartTest::item).toList();
		assertThat(delivered).containsAll(List.of("A1", "A2", "A3", "B1", "B2", "C1"));
		List<String> afterRecovery = delivered.subList(delivered.size() - 6, delivered.size());
		assertThat(afterRecovery.stream().filter(item -> item.startsWith("A")).toList()).containsExactly("A1", "A2", "A3");
		assertThat(afterRecovery.stream().filter(item -> item.startsWith("B")).toList()).containsExactly("B1", "B2");
		assertThat(count("SELECT COUNT(*) FROM messages WHERE endpoint_id = ?", endpointId)).isEqualTo(6);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DeliveryApplication.class, TestClockConfiguration.class)
			// Command-line arguments: they win over the service's own and the platform's settings.
			.run("--server.port=0", "--DB_URL=" + database.jdbcUrl(), "--DB_USER=" + database.username(),
					"--DB_PASSWORD=" + database.password(), "--KAFKA_BOOTSTRAP_SERVERS=" + SharedKafka.bootstrapServers(),
					"--spring.kafka.consumer.group-id=" + group);
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")).build();
	}

	private void publish(String conversation, String item) {
		PlatformEvent event = PlatformEvent.newBuilder().setEventId(UUID.randomUUID().toString()).setTenantId(tenant)
			.setOccurredAt(Instant.now()).setType("message.received").setSource("test").setConversationId(conversation)
			.setData(JSON.writeValueAsString(Map.of("item", item))).build();
		TopicProbe.publish(Topic.PLATFORM_EVENTS.topicName(), conversation, event);
	}

	private long count(String sql, String param) {
		return database.jdbcClient().sql(sql).param(param).query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	private static String item(Receiver.Delivery delivery) {
		return (String) ((Map<String, Object>) JSON.readValue(delivery.body(), Map.class).get("data")).get("item");
	}
}
