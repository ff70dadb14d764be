package io.parley.delivery.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.delivery.domain.Endpoint;
import io.parley.delivery.domain.OperationalEvents;
import io.parley.events.PlatformEvent;
import io.parley.platform.messaging.EventPublisher;
import io.parley.platform.messaging.OutgoingEvent;
import io.parley.schemas.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code endpoint.disabled} on platform.events, keyed by the endpoint, so the tenant (and its other endpoints) learn of it. */
@Component
class KafkaOperationalEvents implements OperationalEvents {

	static final String ENDPOINT_DISABLED = "endpoint.disabled";

	private static final Logger log = LoggerFactory.getLogger(KafkaOperationalEvents.class);

	private final EventPublisher publisher;
	private final JsonMapper json;

	KafkaOperationalEvents(EventPublisher publisher, JsonMapper json) {
		this.publisher = publisher;
		this.json = json;
	}

	@Override
	public void endpointDisabled(Endpoint endpoint, String reason, Instant at) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("endpoint_id", endpoint.id());
		data.put("url", endpoint.url());
		data.put("reason", reason);
		data.put("failing_since", endpoint.failingSince() == null ? null : endpoint.failingSince().toString());
		data.put("disabled_at", at.toString());
		PlatformEvent event = PlatformEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setTenantId(endpoint.tenantId())
			.setOccurredAt(at)
			.setType(ENDPOINT_DISABLED)
			.setSource("delivery-service")
			.setData(json.writeValueAsString(data))
			.build();
		try {
			publisher.publish(List.of(new OutgoingEvent(Topic.PLATFORM_EVENTS, endpoint.id(), event)));
			log.info("Endpoint {} of tenant {} disabled: {}", endpoint.id(), endpoint.tenantId(), reason);
		}
		catch (RuntimeException ex) {
			log.warn("Endpoint {} of tenant {} disabled ({}), but the operational event could not be published",
					endpoint.id(), endpoint.tenantId(), reason, ex);
		}
	}
}
