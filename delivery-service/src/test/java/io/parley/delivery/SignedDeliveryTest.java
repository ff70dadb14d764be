package io.parley.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.parley.delivery.support.DeliveryTest;
import io.parley.delivery.support.Receiver;
import io.parley.events.PlatformEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What a partner receives: the body's shape and signatures it can verify. */
class SignedDeliveryTest extends DeliveryTest {

	@Test
	void anEventArrivesWithTheSeedShapedBodyAndSignaturesTheOfficialLibraryAndTheSeedVerifierAccept() throws Exception {
		// given a partner endpoint
		Receiver receiver = receiver(Receiver.accepting());
		Map<String, Object> endpoint = createEndpoint(receiver.url());
		String secret = (String) endpoint.get("secret");
		assertThat(secret).startsWith("whsec_");

		// when an escalation is published on platform.events
		String conversation = "conv_" + UUID.randomUUID();
		PlatformEvent event = publish("conversation.escalated", conversation, escalation(conversation));

		// then it arrives once, with the body the platform API seed documents
		await().atMost(PATIENCE).until(() -> receiver.deliveries().size() == 1);
		Receiver.Delivery delivery = receiver.deliveries().get(0);
		Map<String, Object> body = body(delivery);
		assertThat(body).containsOnlyKeys("type", "event", "timestamp", "data");
		assertThat(body.get("type")).isEqualTo("conversation.escalated");
		assertThat(body.get("event")).isEqualTo("conversation.escalated");
		assertThat(body.get("timestamp")).isEqualTo(event.getOccurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
		assertThat(body.get("data")).isEqualTo(escalation(conversation));
		assertThat(delivery.header("Content-Type")).startsWith("application/json");

		// and the official Standard Webhooks verifier accepts it
		new Webhook(secret).verify(delivery.body(), delivery.headers());
		// and so does the seed's verify_webhook(payload, signature, secret) with the secret exactly as received
		assertThat(seedVerifyWebhook(delivery.body(), delivery.header("X-Webhook-Signature"), secret)).isTrue();
		// while another secret is refused by both
		String otherSecret = (String) createEndpoint(receiver.url()).get("secret");
		assertThatThrownBy(() -> new Webhook(otherSecret).verify(delivery.body(), delivery.headers()))
			.isInstanceOf(WebhookVerificationException.class);
		assertThat(seedVerifyWebhook(delivery.body(), delivery.header("X-Webhook-Signature"), otherSecret)).isFalse();

		// and webhook-id is the message id the API shows
		Map<String, Object> message = onlyMessage((String) endpoint.get("id"));
		assertThat(delivery.header("webhook-id")).isEqualTo(message.get("id"));
		await().atMost(PATIENCE).until(() -> "succeeded".equals(onlyMessage((String) endpoint.get("id")).get("status")));
	}

	@Test
	void duringARotationsGracePeriodBothSecretsSignAndAfterItOnlyTheNewOne() throws Exception {
		// given an endpoint whose secret was rotated
		Receiver receiver = receiver(Receiver.accepting());
		Map<String, Object> endpoint = createEndpoint(receiver.url());
		String id = (String) endpoint.get("id");
		String oldSecret = (String) endpoint.get("secret");
		Map<String, Object> rotated = json(post(tenant, "/api/v1/webhooks/endpoints/{id}/rotate-secret",
				Map.of("grace_period_seconds", 3600), id).expectStatus().isOk());
		String newSecret = (String) rotated.get("secret");
		assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
		assertThat(endpoint(id).get("secret")).isEqualTo(newSecret);

		// when an event is delivered within the grace period
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of("conversation_id", "c1"));
		await().atMost(PATIENCE).until(() -> receiver.deliveries().size() == 1);
		Receiver.Delivery during = receiver.deliveries().get(0);

		// then both signatures are sent, and receivers with either secret verify it
		assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
		new Webhook(newSecret).verify(during.body(), during.headers());
		new Webhook(oldSecret).verify(during.body(), during.headers());
		assertThat(seedVerifyWebhook(during.body(), during.header("X-Webhook-Signature"), oldSecret)).isTrue();

		// when the grace period is over
		clock.advance(Duration.ofMinutes(61));
		publish("conversation.created", "conv_" + UUID.randomUUID(), Map.of("conversation_id", "c2"));
		await().atMost(PATIENCE).until(() -> receiver.deliveries().size() == 2);
		Receiver.Delivery after = receiver.deliveries().get(1);

		// then only the new secret signs
		long timestamp = Long.parseLong(after.header("webhook-timestamp"));
		assertThat(after.header("webhook-signature"))
			.isEqualTo(new Webhook(newSecret).sign(after.header("webhook-id"), timestamp, after.body()));
		assertThat(seedVerifyWebhook(after.body(), after.header("X-Webhook-Signature"), newSecret)).isTrue();
	}

	@Test
	void aTestSendDeliversAnExampleEventSignedLikeAnyOther() throws Exception {
		Receiver receiver = receiver(Receiver.accepting());
		Map<String, Object> endpoint = createEndpoint(receiver.url(), Map.of("event_types", List.of("message.*")));

		Map<String, Object> accepted = json(post(tenant, "/api/v1/webhooks/endpoints/{id}/test",
				Map.of("event_type", "conversation.escalated"), endpoint.get("id")).expectStatus().isAccepted());

		await().atMost(PATIENCE).until(() -> receiver.deliveries().size() == 1);
		Receiver.Delivery delivery = receiver.deliveries().get(0);
		new Webhook((String) endpoint.get("secret")).verify(delivery.body(), delivery.headers());
		assertThat(delivery.header("webhook-id")).isEqualTo(accepted.get("id"));
		assertThat(body(delivery).get("type")).isEqualTo("conversation.escalated");
		assertThat(data(delivery).keySet()).contains("conversation_id", "user_id", "reason", "assigned_agent");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Receiver.Delivery delivery) {
		return (Map<String, Object>) body(delivery).get("data");
	}

	/** The platform API seed's verify_webhook, line for line. */
	static boolean seedVerifyWebhook(String payload, String signature, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		return java.security.MessageDigest.isEqual(("sha256=" + expected).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}
}
