package io.parley.ingest.web;

/**
 * The seed's response fields ({@code success}, {@code user_id}, {@code interaction_id}, {@code message}) plus the
 * conversation the turn was recorded in.
 */
public record ChatMessageResponse(boolean success, String userId, long interactionId, String conversationId,
		String message) {
}
