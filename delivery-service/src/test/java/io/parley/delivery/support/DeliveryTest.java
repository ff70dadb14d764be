package io.parley.delivery.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.PlatformEvent;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/** The delivery service started whole, with a clock tests advance and real receivers on 127.0.0.1. */
@ParleyServiceTest
@Import(TestClockConfiguration.class)
public abstract class DeliveryTest {

	protected static final Duration PATIENCE = Duration.ofSeconds(30);
	protected static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};
	protected static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	protected WebTestClient web;

	@Autowired
	protected TestDatabase database;

	protected final TestClock clock = TestClock.INSTANCE;
	protected final String tenant = "tenant-" + UUID.randomUUID();
	private final List<Receiver> receivers = new ArrayList<>();

	@BeforeEach
	void realTime() {
		clock.reset();
		// The machine is shared; a slow answer is not a wrong one.
		web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@AfterEach
	void closeReceivers() {
		receivers.forEach(Receiver::close);
		clock.reset();
	}

	protected Receiver receiver(Receiver receiver) {
		receivers.add(receiver);
		return receiver;
	}

	protected WebTestClient.RequestHeadersSpec<?> get(String tenantId, String uri, Object... vars) {
		return web.get().uri(uri, vars).header(TrustedHeaders.TENANT_ID, tenantId);
	}

	protected WebTestClient.ResponseSpec post(String tenantId, String uri, Object body, Object... vars) {
		WebTestClient.RequestBodySpec spec = web.post().uri(uri, vars).header(TrustedHeaders.TENANT_ID, tenantId);
		return body == null ? spec.exchange() : spec.bodyValue(body).exchange();
	}

	protected WebTestClient.ResponseSpec patch(String tenantId, String uri, Object body, Object... vars) {
		return web.patch().uri(uri, vars).header(TrustedHeaders.TENANT_ID, tenantId).bodyValue(body).exchange();
	}

	protected Map<String, Object> json(WebTestClient.ResponseSpec response) {
		return response.expectBody(JSON_OBJECT).returnResult().getResponseBody();
	}

	/** Creates an endpoint for the test's tenant; returns its view (id, secret, ...). */
	protected Map<String, Object> createEndpoint(String url, Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>(fields);
		body.put("url", url);
		return json(post(tenant, "/api/v1/webhooks/endpoints", body).expectStatus().isCreated());
	}

	protected Map<String, Object> createEndpoint(String url) {
		return createEndpoint(url, Map.of());
	}

	protected Map<String, Object> endpoint(String id) {
		return json(get(tenant, "/api/v1/webhooks/endpoints/{id}", id).exchange().expectStatus().isOk());
	}

	@SuppressWarnings("unchecked")
	protected List<Map<String, Object>> messages(String endpointId) {
		return (List<Map<String, Object>>) json(get(tenant, "/api/v1/webhooks/endpoints/{id}/messages?limit=500",
				endpointId).exchange().expectStatus().isOk()).get("data");
	}

	@SuppressWarnings("unchecked")
	protected List<Map<String, Object>> attempts(String messageId) {
		return (List<Map<String, Object>>) json(get(tenant, "/api/v1/webhooks/messages/{id}/attempts", messageId)
			.exchange().expectStatus().isOk()).get("data");
	}

	protected Map<String, Object> onlyMessage(String endpointId) {
		return await().atMost(PATIENCE).until(() -> messages(endpointId), list -> list.size() == 1).get(0);
	}

	protected PlatformEvent publish(String type, String conversationId, Map<String, Object> data) {
		return publish(tenant, type, conversationId, data);
	}

	protected PlatformEvent publish(String tenantId, String type, String conversationId, Map<String, Object> data) {
		PlatformEvent event = PlatformEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(tenantId)
			.setOccurredAt(Instant.now())
			.setType(type)
			.setSource("test")
			.setConversationId(conversationId)
			.setData(JSON.writeValueAsString(data))
			.build();
		publish(event);
		return event;
	}

	protected void publish(PlatformEvent event) {
		String key = event.getConversationId() != null ? event.getConversationId() : event.getEventId();
		TopicProbe.publish(Topic.PLATFORM_EVENTS.topicName(), key, event);
	}

	protected static Map<String, Object> escalation(String conversationId) {
		return Map.of("conversation_id", conversationId, "user_id", "user_12345", "reason", "low_confidence",
				"assigned_agent", "agent_456");
	}

	@SuppressWarnings("unchecked")
	protected static Map<String, Object> body(Receiver.Delivery delivery) {
		return JSON.readValue(delivery.body(), Map.class);
	}
}
