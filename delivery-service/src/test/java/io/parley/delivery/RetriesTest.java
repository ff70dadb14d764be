package io.parley.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.standardwebhooks.Webhook;
import io.parley.delivery.support.DeliveryTest;
import io.parley.delivery.support.Receiver;
import io.parley.delivery.support.Receiver.Answer;
import io.parley.events.PlatformEvent;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Failed deliveries: the retry schedule, what each answer means, and the endpoint's health. */
class RetriesTest extends DeliveryTest {

	@Test
	void aReceiverFailingThreeTimesGetsTheEventOnTheScheduleWithOneWebhookIdAndValidSignatures() throws Exception {
		// given a receiver that fails three times, then accepts
		Receiver receiver = receiver(Receiver.failingFirst(3, 500));
		Map<String, Object> endpoint = createEndpoint(receiver.url());

		// when an event is published, the first attempt goes out at once
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of("conversation_id", "c"));
		String id = (String) endpoint.get("id");
		awaitRecordedAttempts(id, 1);
		// and nothing more goes out until the clock reaches the next retry (5 s, with up to 10 % jitter)
		assertNoMoreRequests(receiver, 1);
		clock.advance(Duration.ofSeconds(6));
		awaitRecordedAttempts(id, 2);
		assertNoMoreRequests(receiver, 2);
		clock.advance(Duration.ofMinutes(5).plusSeconds(31));
		awaitRecordedAttempts(id, 3);
		clock.advance(Duration.ofMinutes(33).plusSeconds(1));
		awaitRecordedAttempts(id, 4);

		// then the message succeeded after four attempts, each with the same webhook-id and a valid signature
		await().atMost(PATIENCE).until(() -> "succeeded".equals(onlyMessage(id).get("status")));
		Map<String, Object> message = onlyMessage(id);
		assertThat(message.get("attempts")).isEqualTo(4);
		Webhook verifier = new Webhook((String) endpoint.get("secret"));
		for (Receiver.Delivery delivery : receiver.deliveries()) {
			assertThat(delivery.header("webhook-id")).isEqualTo(message.get("id"));
			assertThat(delivery.header("webhook-signature")).isEqualTo(verifier.sign(delivery.header("webhook-id"),
					Long.parseLong(delivery.header("webhook-timestamp")), delivery.body()));
		}
		// and its attempts are listed with status, latency and the answer's excerpt
		List<Map<String, Object>> attempts = attempts((String) message.get("id"));
		assertThat(attempts).extracting(attempt -> attempt.get("status_code")).containsExactly(500, 500, 500, 200);
		assertThat(attempts).extracting(attempt -> attempt.get("succeeded")).containsExactly(false, false, false, true);
		assertThat(attempts.get(3).get("response_excerpt")).isEqualTo("{\"received\":true}");
		assertThat(attempts).allSatisfy(attempt -> assertThat(((Number) attempt.get("latency_ms")).longValue()).isNotNegative());
		assertThat(endpoint(id).get("stats")).isEqualTo(Map.of("pending", 0, "succeeded", 1, "failed", 0, "success_rate", 1.0));
	}

	@Test
	void a410GoneFailsTheMessageDisablesTheEndpointAndPublishesAnOperationalEvent() {
		// given a receiver that answers 410 Gone
		Receiver receiver = receiver(Receiver.start((index, delivery) -> Answer.status(410)));
		String id = (String) createEndpoint(receiver.url()).get("id");

		// when an event is delivered
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());

		// then the endpoint is disabled, the message failed, and the tenant is told on platform.events
		await().atMost(PATIENCE).until(() -> Boolean.FALSE.equals(endpoint(id).get("enabled")));
		assertThat((String) endpoint(id).get("disabled_reason")).contains("410");
		await().atMost(PATIENCE).until(() -> "failed".equals(onlyMessage(id).get("status")));
		assertThat(disabledEvents(id)).hasSize(1);
		// and later events are not sent to it
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		assertNoMoreRequests(receiver, 1);
		assertThat(messages(id)).hasSize(1);
	}

	@Test
	void a429WithRetryAfterIsRetriedWhenTheReceiverAskedAndNotBefore() {
		// given a receiver that first answers 429 with Retry-After: 120
		Receiver receiver = receiver(Receiver.start((index, delivery) -> index == 0
				? new Answer(429, Map.of("Retry-After", "120"), Duration.ZERO, "slow down") : Answer.ok()));
		String id = (String) createEndpoint(receiver.url()).get("id");

		// when an event is delivered
		publish("message.received", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> receiver.requestCount() == 1);
		await().atMost(PATIENCE).until(() -> onlyMessage(id).get("last_attempt_at") != null);

		// then the next attempt is due 120 s later (not the schedule's 5 s)
		Map<String, Object> message = onlyMessage(id);
		Duration wait = Duration.between(Instant.parse((String) message.get("last_attempt_at")),
				Instant.parse((String) message.get("next_attempt_at")));
		assertThat(wait).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(121));
		clock.advance(Duration.ofSeconds(60));
		assertNoMoreRequests(receiver, 1);
		clock.advance(Duration.ofSeconds(61));
		await().atMost(PATIENCE).until(() -> "succeeded".equals(onlyMessage(id).get("status")));
		assertThat(attempts((String) message.get("id"))).extracting(attempt -> attempt.get("status_code"))
			.containsExactly(429, 200);
	}

	@Test
	void aRedirectIsAFailureAndIsNotFollowed() {
		// given a receiver that redirects to another one
		Receiver target = receiver(Receiver.accepting());
		Receiver redirecting = receiver(Receiver.start((index, delivery) -> new Answer(307,
				Map.of("Location", target.url()), Duration.ZERO, "")));
		String id = (String) createEndpoint(redirecting.url()).get("id");

		// when an event is delivered
		publish("message.received", "conv_" + UUID.randomUUID(), Map.of());

		// then the attempt failed with the 307 and the redirect target got nothing
		await().atMost(PATIENCE).until(() -> onlyMessage(id).get("last_attempt_at") != null);
		Map<String, Object> message = onlyMessage(id);
		assertThat(message.get("status")).isEqualTo("pending");
		assertThat(attempts((String) message.get("id"))).singleElement()
			.satisfies(attempt -> assertThat(attempt).containsEntry("status_code", 307).containsEntry("succeeded", false));
		assertThat(target.requestCount()).isZero();
	}

	@Test
	void aSlowReceiverTimesOutWithoutHoldingUpAnotherPartner() {
		// given a receiver slower than the request timeout (2 s in tests) and a fast one of another tenant
		Receiver slow = receiver(Receiver.start((index, delivery) -> new Answer(200, Map.of(), Duration.ofSeconds(5), "")));
		Receiver fast = receiver(Receiver.accepting());
		String slowId = (String) createEndpoint(slow.url()).get("id");
		String otherTenant = "tenant-" + UUID.randomUUID();
		json(post(otherTenant, "/api/v1/webhooks/endpoints", Map.of("url", fast.url())).expectStatus().isCreated());

		// when both get ten events, the slow partner's first
		for (int i = 0; i < 10; i++) {
			publish("message.received", "conv_slow_" + i, Map.of("n", i));
		}
		for (int i = 0; i < 10; i++) {
			publish(otherTenant, "message.received", "conv_fast_" + i, Map.of("n", i));
		}

		// then the fast partner has all of its events while the slow one holds at most its concurrency limit (4)
		await().atMost(PATIENCE).until(() -> fast.requestCount() == 10);
		assertThat(slow.requestCount()).isLessThanOrEqualTo(4);
		// and the slow partner's attempts time out and are retried later
		await().atMost(PATIENCE).until(() -> messages(slowId).stream().anyMatch(m -> m.get("last_attempt_at") != null));
		Map<String, Object> attempted = messages(slowId).stream().filter(m -> m.get("last_attempt_at") != null)
			.findFirst().orElseThrow();
		assertThat(attempted.get("status")).isEqualTo("pending");
		assertThat(attempts((String) attempted.get("id"))).singleElement().satisfies(attempt -> {
			assertThat(attempt.get("status_code")).isNull();
			assertThat((String) attempt.get("error")).contains("timed out");
		});
	}

	@Test
	void anEndpointFailingLongerThanFiveDaysIsDisabledWithAnOperationalEventAndOneSuccessResetsTheClock() {
		// given a receiver we can take down and bring back
		AtomicBoolean healthy = new AtomicBoolean(false);
		Receiver receiver = receiver(Receiver.start((index, delivery) -> healthy.get() ? Answer.ok() : Answer.status(503)));
		String id = (String) createEndpoint(receiver.url()).get("id");

		// when it fails, then after three days one delivery succeeds
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> endpoint(id).get("failing_since") != null);
		clock.advance(Duration.ofDays(3));
		healthy.set(true);
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		// then the failure clock is reset
		await().atMost(PATIENCE).until(() -> endpoint(id).get("failing_since") == null);

		// when it fails again for three days, it is still enabled
		healthy.set(false);
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> endpoint(id).get("failing_since") != null);
		clock.advance(Duration.ofDays(3));
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> messages(id).stream().filter(m -> m.get("last_attempt_at") != null).count() == 4
				&& messages(id).stream().allMatch(m -> m.get("last_attempt_at") != null));
		assertThat(endpoint(id).get("enabled")).isEqualTo(true);

		// and when it is still failing more than five days after the streak began, it is disabled
		clock.advance(Duration.ofDays(2).plusMinutes(1));
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> Boolean.FALSE.equals(endpoint(id).get("enabled")));
		assertThat((String) endpoint(id).get("disabled_reason")).contains("failed since");
		await().atMost(PATIENCE).until(() -> disabledEvents(id).size() == 1);
		PlatformEvent disabled = disabledEvents(id).get(0);
		assertThat(disabled.getTenantId()).isEqualTo(tenant);
		assertThat(JSON.readTree(disabled.getData()).get("endpoint_id").asString()).isEqualTo(id);
	}

	@Test
	void aMessageWhoseScheduleIsExhaustedFailsAndRecoverSendsItAgainWithTheSameWebhookId() {
		// given a receiver that is down for the whole schedule (8 attempts over ~38 hours)
		AtomicBoolean healthy = new AtomicBoolean(false);
		Receiver receiver = receiver(Receiver.start((index, delivery) -> healthy.get() ? Answer.ok() : Answer.status(500)));
		String id = (String) createEndpoint(receiver.url()).get("id");
		Instant before = clock.instant().minusSeconds(60);
		publish("conversation.resolved", "conv_" + UUID.randomUUID(), Map.of());
		await().atMost(PATIENCE).until(() -> receiver.requestCount() == 1);
		awaitRecordedAttempts(id, 1);
		for (int attempt = 2; attempt <= 8; attempt++) {
			clock.advance(Duration.ofHours(11));
			awaitRecordedAttempts(id, attempt);
		}
		await().atMost(PATIENCE).until(() -> "failed".equals(onlyMessage(id).get("status")));
		clock.advance(Duration.ofHours(11));
		assertNoMoreRequests(receiver, 8);

		// when it is back and the partner recovers everything that failed since before the event
		healthy.set(true);
		Map<String, Object> recovered = json(post(tenant, "/api/v1/webhooks/endpoints/{id}/recover",
				Map.of("since", before.toString()), id).expectStatus().isAccepted());

		// then the message is delivered with the same webhook-id
		assertThat(recovered).containsEntry("recovered", 1).containsEntry("more", false);
		await().atMost(PATIENCE).until(() -> "succeeded".equals(onlyMessage(id).get("status")));
		List<String> ids = receiver.deliveries().stream().map(d -> d.header("webhook-id")).distinct().toList();
		assertThat(ids).containsExactly((String) onlyMessage(id).get("id"));

		// and a resend of the delivered message sends it once more, again with the same webhook-id
		post(tenant, "/api/v1/webhooks/messages/{id}/resend", null, onlyMessage(id).get("id")).expectStatus().isAccepted();
		await().atMost(PATIENCE).until(() -> receiver.requestCount() == 10);
		assertThat(receiver.deliveries().get(9).header("webhook-id")).isEqualTo(onlyMessage(id).get("id"));
	}

	private List<PlatformEvent> disabledEvents(String endpointId) {
		return TopicProbe.readAll(Topic.PLATFORM_EVENTS.topicName(), record -> endpointId.equals(record.key()))
			.stream().map(record -> (PlatformEvent) record.value())
			.filter(event -> event.getType().equals("endpoint.disabled")).toList();
	}

	/** Waits until the service recorded the attempt (not only until the receiver saw it) before time moves on. */
	private void awaitRecordedAttempts(String endpointId, int attempts) {
		await().atMost(PATIENCE).until(() -> onlyMessage(endpointId).get("attempts").equals(attempts));
	}

	private static void assertNoMoreRequests(Receiver receiver, int expected) {
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
			.until(() -> receiver.requestCount() == expected);
	}
}
