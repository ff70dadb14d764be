package io.parley.routing.domain;

import java.time.Instant;

/**
 * The decision for one analysed user message: routed to an agent, escalated to a human, or (while the conversation
 * already waits for a human) kept waiting — with the rule that fired and why.
 */
public record RoutingDecision(String id, String tenantId, String conversationId, String messageId, String outcome,
		String agentId, String ruleId, String ruleName, String escalationReason, String explanation, Instant decidedAt) {

	public static final String ROUTED = "routed";
	public static final String ESCALATED = "escalated";
	public static final String WAITING = "waiting";
}
