package io.parley.platform.messaging;

import java.util.List;

/**
 * Publishes events to the platform's topics. A call returns only once the event log has durably accepted every
 * event ({@code acks=all}); when it cannot, it throws {@link EventPublishingException} and, with a transactional
 * producer, none of the events becomes visible to consumers.
 */
public interface EventPublisher {

	void publish(List<OutgoingEvent> events);
}
