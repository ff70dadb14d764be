package io.parley.analysis.messaging;

import io.parley.analysis.domain.AnalysisService;
import io.parley.events.MessageReceived;
import io.parley.schemas.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ConversationMessagesListener {

	private final AnalysisService analysis;

	ConversationMessagesListener(AnalysisService analysis) {
		this.analysis = analysis;
	}

	@KafkaListener(topics = Topic.Names.CONVERSATION_MESSAGES)
	void on(MessageReceived message) {
		analysis.analyze(message);
	}
}
