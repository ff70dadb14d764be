package io.parley.delivery.messaging;

import java.util.ArrayList;
import java.util.List;

import io.parley.delivery.domain.DeliveryIntake;
import io.parley.events.PlatformEvent;
import io.parley.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Records each poll's platform events in one transaction. If that fails, the events are recorded one by one and the
 * first that still fails is reported by its index, so the error handler retries it and then parks only that record
 * in the dead-letter topic; a record that is not a platform event goes there directly.
 */
@Component
class PlatformEventsListener {

	private final DeliveryIntake intake;

	PlatformEventsListener(DeliveryIntake intake) {
		this.intake = intake;
	}

	@KafkaListener(topics = Topic.Names.PLATFORM_EVENTS, batch = "true")
	void on(List<ConsumerRecord<String, Object>> records) {
		List<PlatformEvent> events = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			if (!(records.get(i).value() instanceof PlatformEvent event)) {
				recordOneByOne(records, i, 0);
				throw new BatchListenerFailedException("Not a platform event", i);
			}
			events.add(event);
		}
		try {
			intake.recordAll(events);
		}
		catch (RuntimeException batchFailed) {
			recordOneByOne(records, records.size(), 0);
		}
	}

	private void recordOneByOne(List<ConsumerRecord<String, Object>> records, int until, int from) {
		for (int i = from; i < until; i++) {
			try {
				intake.record((PlatformEvent) records.get(i).value());
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException("Could not record platform event at offset "
						+ records.get(i).offset(), ex, i);
			}
		}
	}
}
