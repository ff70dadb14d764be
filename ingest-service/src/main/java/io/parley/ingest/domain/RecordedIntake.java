package io.parley.ingest.domain;

import java.util.List;

/**
 * What an intake stored.
 *
 * @param messages one entry per incoming message, in order; {@code stored} is false for a message the
 * conversation already held (same external id), which then carries the earlier message's ids
 */
public record RecordedIntake(String conversationId, boolean conversationCreated, List<RecordedMessage> messages) {

	public record RecordedMessage(long id, String messageId, long sequence, boolean stored) {
	}

	public long storedCount() {
		return messages.stream().filter(RecordedMessage::stored).count();
	}
}
