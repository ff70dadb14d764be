package io.parley.ingest.domain;

/**
 * @param interactionId the stored id of the user's message, the seed's {@code interaction_id}
 */
public record RecordedTurn(String conversationId, long interactionId, String userMessageId, boolean newConversation) {
}
