package io.parley.routing.messaging;

import io.parley.events.ConversationClosed;
import io.parley.events.ConversationOpened;
import io.parley.events.FeedbackSubmitted;
import io.parley.routing.domain.RoutingService;
import io.parley.schemas.Topic;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
@KafkaListener(topics = Topic.Names.CONVERSATION_LIFECYCLE)
class LifecycleListener {

	private final RoutingService routing;

	LifecycleListener(RoutingService routing) {
		this.routing = routing;
	}

	@KafkaHandler
	void on(ConversationOpened opened) {
		routing.onOpened(opened);
	}

	@KafkaHandler
	void on(ConversationClosed closed) {
		routing.onClosed(closed);
	}

	@KafkaHandler
	void on(FeedbackSubmitted feedback) {
		routing.onIgnored(feedback.getEventId());
	}
}
