package io.parley.insights.messaging;

import io.parley.events.MessageReceived;
import io.parley.insights.domain.UserActivityProjection;
import io.parley.schemas.Topic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ConversationMessagesListener {

	private final UserActivityProjection userActivity;

	ConversationMessagesListener(UserActivityProjection userActivity) {
		this.userActivity = userActivity;
	}

	@KafkaListener(topics = Topic.Names.CONVERSATION_MESSAGES)
	void on(MessageReceived message) {
		userActivity.apply(message);
	}
}
