package io.parley.learning.messaging;

import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageReceived;
import io.parley.learning.domain.LearningService;
import io.parley.schemas.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Users' own messages teach facts; their analyses feed the sentiment trend. */
@Component
class LearningListeners {

	private final LearningService learning;

	LearningListeners(LearningService learning) {
		this.learning = learning;
	}

	@KafkaListener(topics = Topic.Names.CONVERSATION_MESSAGES)
	void on(MessageReceived message) {
		learning.learn(message);
	}

	@KafkaListener(topics = Topic.Names.MESSAGE_ANALYSES)
	void on(MessageAnalyzed analysis) {
		learning.learnSentiment(analysis);
	}
}
