package io.parley.platform.messaging;

import io.parley.schemas.Topic;
import org.apache.avro.specific.SpecificRecord;

/** An event bound for a catalogue topic, with the key that orders it. */
public record OutgoingEvent(Topic topic, String key, SpecificRecord value) {

	public OutgoingEvent {
		if (!topic.carries(value)) {
			throw new IllegalArgumentException(value.getClass().getSimpleName() + " does not belong on " + topic.topicName()
					+ "; the topic carries " + topic.valueTypes().stream().map(Class::getSimpleName).toList());
		}
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("Events on " + topic.topicName() + " need a key (" + topic.key() + ")");
		}
	}
}
