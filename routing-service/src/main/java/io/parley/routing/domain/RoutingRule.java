package io.parley.routing.domain;

/** One of a tenant's ordered rules: what it matches and the agent (AI or external) or human team it names. */
public record RoutingRule(String id, String tenantId, String name, int position, boolean enabled,
		RuleConditions conditions, String agentId, String team) {
}
