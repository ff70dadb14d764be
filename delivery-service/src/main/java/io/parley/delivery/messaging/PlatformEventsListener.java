package io.parley.delivery.messaging;

import io.parley.delivery.domain.DeliveryIntake;
import io.parley.events.PlatformEvent;
import io.parley.schemas.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PlatformEventsListener {

	private final DeliveryIntake intake;

	PlatformEventsListener(DeliveryIntake intake) {
		this.intake = intake;
	}

	@KafkaListener(topics = Topic.Names.PLATFORM_EVENTS)
	void on(PlatformEvent event) {
		intake.record(event);
	}
}
