package io.parley.ingest.web;

/**
 * The seed's response fields ({@code success}, {@code message_id}, {@code database_id}, {@code processed_at}) plus
 * the conversation the message is in. {@code database_id} is the stored message's numeric id: the same for a resend
 * of the same {@code message_id}.
 */
public record IzerWebhookResponse(boolean success, String messageId, long databaseId, String conversationId,
		String processedAt) {
}
