package io.parley.ingest.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One chat interaction as a client logs it: the user's message and, when the bot answered, its response.
 *
 * @param conversationRef the caller's session/thread id, or null to use the user's ongoing conversation
 * @param metadata caller metadata, flattened to text values
 */
public record ChatTurn(String tenantId, String userId, String channel, String conversationRef, String message,
		String response, Instant sentAt, String source, Map<String, String> metadata) {
}
