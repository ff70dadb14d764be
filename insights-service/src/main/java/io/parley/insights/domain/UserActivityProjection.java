package io.parley.insights.domain;

import java.util.Optional;

import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.platform.persistence.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each user's interaction count and last-seen time from the message stream. An interaction is one user turn;
 * the bot's answers do not count. Applying the same event twice changes nothing.
 */
@Service
public class UserActivityProjection {

	static final String CONSUMER = "user-activity";

	private final UserActivityStore store;
	private final ProcessedEvents processedEvents;

	public UserActivityProjection(UserActivityStore store, ProcessedEvents processedEvents) {
		this.store = store;
		this.processedEvents = processedEvents;
	}

	@Transactional
	public void apply(MessageReceived message) {
		if (!processedEvents.markProcessed(CONSUMER, message.getEventId())) {
			return;
		}
		if (message.getRole() == MessageRole.USER && !message.getHistorical()) {
			store.recordInteraction(message.getTenantId(), message.getUserId(), message.getSentAt());
		}
	}

	@Transactional(readOnly = true)
	public Optional<UserActivity> activityOf(String tenantId, String userId) {
		return store.find(tenantId, userId);
	}
}
