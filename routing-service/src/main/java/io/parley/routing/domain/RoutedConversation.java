package io.parley.routing.domain;

import java.time.Instant;

/** Routing's view of a conversation: its state, who has it, and its place in the queue for a human. */
public record RoutedConversation(String tenantId, String conversationId, String userId, String channel,
		String phoneNumber, String groupName, ConversationState state, String aiAgentId, String agentId,
		String previousAgentId, String escalationReason, String requiredSkill, String language, int priority,
		int unresolvedTurns, Instant queuedAt, Instant lastActivityAt, Instant openedAt, Instant resolvedAt) {

	public boolean waitingForHuman() {
		return state == ConversationState.ESCALATED && agentId == null;
	}
}
