package io.parley.ingest.domain;

import java.util.List;
import java.util.Map;

/**
 * Messages for one conversation of one end user on one channel, in the order they were written.
 *
 * @param source the client that sent them (gradio, n8n, whatsapp, ...), if known
 * @param details how the conversation is described when it is created here
 */
public record Intake(String tenantId, String userId, String channel, ConversationRef ref, String source,
		ConversationDetails details, List<IncomingMessage> messages) {

	public record ConversationDetails(String title, String systemPrompt, String owner, Map<String, String> metadata) {

		public static ConversationDetails of(Map<String, String> metadata) {
			return new ConversationDetails(null, null, null, metadata);
		}
	}
}
