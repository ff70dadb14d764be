package io.parley.routing.domain;

/**
 * A tenant's escalation and assignment settings.
 * @param confidenceThreshold analyses less confident than this escalate (the platform API seed recommends 0.75)
 * @param sentimentThreshold sentiment scores below this escalate
 * @param urgencyThreshold urgency scores at or above this escalate
 * @param unresolvedTurns this many user turns with an AI agent and no resolution escalate
 * @param hourlyAssignmentLimit at most this many assignments per human agent in any hour (fair distribution)
 * @param vipPriorityStep how much one priority step of a critical customer adds
 * @param idleResolveSeconds a conversation without activity for this long is resolved
 */
public record TenantSettings(String tenantId, double confidenceThreshold, double sentimentThreshold,
		int urgencyThreshold, int unresolvedTurns, int hourlyAssignmentLimit, int vipPriorityStep,
		long idleResolveSeconds) {
}
