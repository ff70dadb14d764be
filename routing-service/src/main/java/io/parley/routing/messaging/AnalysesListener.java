package io.parley.routing.messaging;

import io.parley.events.MessageAnalyzed;
import io.parley.routing.domain.RoutingService;
import io.parley.schemas.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AnalysesListener {

	private final RoutingService routing;

	AnalysesListener(RoutingService routing) {
		this.routing = routing;
	}

	@KafkaListener(topics = Topic.Names.MESSAGE_ANALYSES)
	void on(MessageAnalyzed analysis) {
		routing.onAnalyzed(analysis);
	}
}
