package io.parley.routing.messaging;

import java.util.ArrayList;
import java.util.List;

import io.parley.events.MessageAnalyzed;
import io.parley.routing.domain.RoutingService;
import io.parley.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Takes message.analyses a poll at a time: one database transaction decides the whole batch. A record that cannot
 * be read or decided is reported by its index, so the error handler keeps what came before, retries from it, and
 * finally parks it (alone) in the dead-letter topic.
 */
@Component
class AnalysesListener {

	private final RoutingService routing;

	AnalysesListener(RoutingService routing) {
		this.routing = routing;
	}

	@KafkaListener(topics = Topic.Names.MESSAGE_ANALYSES, batch = "true")
	void on(List<ConsumerRecord<String, Object>> records) {
		List<MessageAnalyzed> analyses = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, Object> record = records.get(i);
			if (!(record.value() instanceof MessageAnalyzed analysis)) {
				decide(analyses);
				throw new BatchListenerFailedException("Not a MessageAnalyzed: " + record.value(), i);
			}
			analyses.add(analysis);
		}
		decide(analyses);
	}

	private void decide(List<MessageAnalyzed> analyses) {
		if (analyses.isEmpty()) {
			return;
		}
		try {
			routing.onAnalyzed(analyses);
		}
		catch (RoutingService.FailedAnalysis failed) {
			throw new BatchListenerFailedException(failed.getMessage(), failed.getCause(), failed.index());
		}
	}
}
