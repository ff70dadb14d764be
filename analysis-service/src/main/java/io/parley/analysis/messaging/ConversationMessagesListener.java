package io.parley.analysis.messaging;

import java.util.ArrayList;
import java.util.List;

import io.parley.analysis.domain.AnalysisService;
import io.parley.analysis.domain.MessageAnalysisFailedException;
import io.parley.events.MessageReceived;
import io.parley.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Takes the messages in batches, so that one embedding call, one transaction and one round of acknowledgements serve
 * many messages. A record that cannot be read or analysed is reported by its position: the ones before it are done,
 * the error handler retries it and then parks it in the dead-letter topic, and consumption goes on after it.
 */
@Component
class ConversationMessagesListener {

	private final AnalysisService analysis;

	ConversationMessagesListener(AnalysisService analysis) {
		this.analysis = analysis;
	}

	@KafkaListener(topics = Topic.Names.CONVERSATION_MESSAGES, batch = "true")
	void on(List<ConsumerRecord<String, MessageReceived>> records) {
		List<MessageReceived> readable = new ArrayList<>(records.size());
		for (ConsumerRecord<String, MessageReceived> record : records) {
			if (record.value() == null) {
				break;
			}
			readable.add(record.value());
		}
		try {
			analysis.analyzeAll(readable);
		}
		catch (MessageAnalysisFailedException failed) {
			throw new BatchListenerFailedException(failed.getMessage(), failed.getCause(),
					readable.indexOf(failed.message()));
		}
		if (readable.size() < records.size()) {
			throw new BatchListenerFailedException("Record could not be decoded", readable.size());
		}
	}
}
