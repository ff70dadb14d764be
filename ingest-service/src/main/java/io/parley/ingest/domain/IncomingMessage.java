package io.parley.ingest.domain;

import java.time.Instant;
import java.util.Map;

import io.parley.events.MessageRole;

/**
 * A message as a channel sent it.
 *
 * @param externalMessageId the caller's own id for the message (e.g. a WhatsApp message id): a message whose id
 * the conversation already holds is not stored again
 * @param historical history the caller replays for context, not new traffic
 */
public record IncomingMessage(MessageRole role, String content, Instant sentAt, String externalMessageId,
		boolean historical, Map<String, String> metadata) {

	public static IncomingMessage of(MessageRole role, String content, Instant sentAt, Map<String, String> metadata) {
		return new IncomingMessage(role, content, sentAt, null, false, metadata);
	}
}
